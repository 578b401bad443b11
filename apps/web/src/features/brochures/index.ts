export { BrochuresPage } from './brochures-page';
export { ContactPage } from './contact-page';
