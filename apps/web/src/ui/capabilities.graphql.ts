import { graphql } from '../gql';

/** The catalogue's names, for screens that show capabilities by code (urql caches it: read once per session). */
export const CapabilityNamesDocument = graphql(`
  query CapabilityNames {
    capabilityCatalogue {
      code
      nameNb
      nameEn
    }
  }
`);
