import { closeLeftovers } from './open-handles';

afterAll(closeLeftovers);
