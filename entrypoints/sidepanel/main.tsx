import { mount } from '../popup/mount';

mount('panel');
