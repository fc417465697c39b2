import { mount } from './mount';

mount('popup');
