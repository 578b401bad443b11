import { graphql } from '../../gql';

export const ChangeMyPasswordDocument = graphql(`
  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      token
      expiresAt
      user {
        ...SessionUser
      }
    }
  }
`);

/** The administrator's list of users, with the firms a firm user may belong to. One request. */
export const UsersDocument = graphql(`
  query Users {
    users {
      id
      email
      displayName
      role
      active
      lastLoginAt
      firm {
        id
        name
      }
    }
    members(first: 500) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
    }
  }
`);

export const ChangeUserRoleDocument = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      id
      role
      firm {
        id
        name
      }
    }
  }
`);

export const DeactivateUserDocument = graphql(`
  mutation DeactivateUser($userId: Int!) {
    deactivateUser(userId: $userId) {
      id
      active
    }
  }
`);

export const ReactivateUserDocument = graphql(`
  mutation ReactivateUser($userId: Int!) {
    reactivateUser(userId: $userId) {
      id
      active
    }
  }
`);

/** The audit trail, filtered by who, what and when, a page at a time. */
export const AuditRecordsDocument = graphql(`
  query AuditRecords($filter: AuditRecordFilterInput, $after: String) {
    auditRecords(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        actorEmail
        actorRole
        action
        entityType
        entityId
        before
        after
        reason
        requestId
      }
    }
  }
`);
