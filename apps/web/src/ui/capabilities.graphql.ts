import { graphql } from '../gql';

/**
 * The catalogue's names, for screens that show capabilities by code. Each such screen asks for
 * them in its own document (`...CatalogueNames`), so that its data stays one request.
 */
export const CatalogueNamesFragment = graphql(`
  fragment CatalogueNames on Query {
    capabilityCatalogue {
      code
      nameNb
      nameEn
    }
  }
`);
