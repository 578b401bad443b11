import { graphql } from '../../gql';

/** Vår bedrift: the firm's profile, capabilities with capacity and certificates with expiry. One request. */
export const OurFirmDocument = graphql(`
  query OurFirm($id: Int!) {
    member(id: $id) {
      id
      name
      orgNumber
      website
      contactName
      contactEmail
      contactPhone
      streetAddress
      postalCode
      municipality
      descriptionNb
      descriptionEn
      employees
      employeeBand
      illustrative
      illustrativeNote
      version
      capabilities {
        id
        code
        name
        nameNb
        level
        keyEquipment
        capacityHoursPerMonth
        hourlyRate {
          minorUnits
          currency
        }
      }
      certificates {
        id
        type
        label
        issuer
        validFrom
        validUntil
        expired
        daysToExpiry
        auditWarnings {
          auditId
          dueOn
        }
      }
    }
  }
`);

export const UpdateOurFirmDocument = graphql(`
  mutation UpdateOurFirm($id: Int!, $input: UpdateMemberInput!) {
    updateMember(id: $id, input: $input) {
      id
      contactName
      contactEmail
      contactPhone
      descriptionNb
      descriptionEn
      version
    }
  }
`);

export const SetCapabilityDocument = graphql(`
  mutation SetOurCapability($input: SetMemberCapabilityInput!) {
    setMemberCapability(input: $input) {
      id
      code
      capacityHoursPerMonth
      hourlyRate {
        minorUnits
        currency
      }
    }
  }
`);

export const UpdateCertificateDocument = graphql(`
  mutation UpdateOurCertificate($input: UpdateCertificateInput!) {
    updateCertificate(input: $input) {
      id
      validUntil
      expired
      daysToExpiry
    }
  }
`);
