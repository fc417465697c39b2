import { mount } from '../../app/mount';

mount('popup');
