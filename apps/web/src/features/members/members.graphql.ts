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

/** The member register: firms with capabilities and certificates valid today, searchable; the catalogue for the filter. One request. */
export const RegisterDocument = graphql(`
  query MemberRegister($filter: MemberFilterInput, $after: String) {
    members(first: 30, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        municipality
        employeeBand
        status
        illustrative
        capabilities {
          id
          code
          name
          nameNb
        }
        certificates {
          id
          type
          label
          validUntil
          expired
        }
      }
    }
    ...CatalogueNames
  }
`);

/** A firm's public profile (its private figures only for the firm itself and the association). One request. */
export const MemberProfileDocument = graphql(`
  query MemberProfile($id: Int!) {
    member(id: $id) {
      id
      name
      orgNumber
      ncage
      website
      contactName
      contactEmail
      contactPhone
      streetAddress
      postalCode
      municipality
      descriptionNb
      descriptionEn
      employeeBand
      status
      joinedOn
      resignedOn
      illustrative
      illustrativeNote
      capabilities {
        id
        code
        name
        nameNb
        keyEquipment
        keyEquipmentEn
        level
        levelEn
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
        scope
        validFrom
        validUntil
        expired
        daysToExpiry
      }
    }
  }
`);

/** Membership dues of a year: its bands and every active member's line. One request. */
export const DuesDocument = graphql(`
  query MembershipDues($year: Int!) {
    membershipDues(year: $year) {
      year
      unbanded
      total {
        minorUnits
        currency
      }
      bands {
        label
        employeesMin
        employeesMax
        membershipFee {
          minorUnits
          currency
        }
        serviceFee {
          minorUnits
          currency
        }
        total {
          minorUnits
          currency
        }
      }
      lines {
        band
        owedThroughYear
        member {
          id
          name
          resignedOn
        }
        membershipFee {
          minorUnits
          currency
        }
        serviceFee {
          minorUnits
          currency
        }
        total {
          minorUnits
          currency
        }
      }
    }
  }
`);

export const SetDuesDocument = graphql(`
  mutation SetMembershipDues($input: SetMembershipDuesInput!) {
    setMembershipDues(input: $input) {
      label
    }
  }
`);
