export { OurFirmPage } from './our-firm-page';
// the member register, profiles and dues: ./register (loaded on first use)
