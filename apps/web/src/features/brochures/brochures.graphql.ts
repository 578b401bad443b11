import { graphql } from '../../gql';

export const BrochureRowFragment = graphql(`
  fragment BrochureRow on Brochure {
    id
    kind
    language
    pageCount
    byteSize
    sha256
    statedDate
    createdAt
    downloadUrl
    tenderId
    bidId
  }
`);

/** The brochures made so far and the contact for buyers every brochure prints. One request. */
export const BrochuresDocument = graphql(`
  query Brochures {
    brochures(limit: 20) {
      ...BrochureRow
    }
    networkContact {
      name
      roleNb
      roleEn
      email
      phone
      address
      updatedAt
    }
  }
`);

/** Tenders a tender brochure can present (the association only). */
export const BrochureTendersDocument = graphql(`
  query BrochureTenders {
    tenders(first: 200, filter: { stages: [GO, BID_IN_PREPARATION, SUBMITTED, WON] }) {
      nodes {
        id
        title
        stage
      }
    }
  }
`);

export const TenderBidsDocument = graphql(`
  query BrochureTenderBids($tenderId: Int!) {
    bids(filter: { tenderId: $tenderId }) {
      id
      title
      status
    }
  }
`);

export const GenerateBrochureDocument = graphql(`
  mutation GenerateBrochure($input: GenerateBrochureInput!) {
    generateBrochure(input: $input) {
      ...BrochureRow
    }
  }
`);

export const NetworkContactDocument = graphql(`
  query NetworkContact {
    networkContact {
      name
      roleNb
      roleEn
      email
      phone
      address
      updatedAt
    }
  }
`);

export const SetNetworkContactDocument = graphql(`
  mutation SetNetworkContact($input: NetworkContactInput!) {
    setNetworkContact(input: $input) {
      name
      roleNb
      roleEn
      email
      phone
      address
      updatedAt
    }
  }
`);
