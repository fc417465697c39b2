import { mount } from '../../app/mount';

mount('panel');
