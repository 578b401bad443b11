export { OurFirmPage } from './our-firm-page';
