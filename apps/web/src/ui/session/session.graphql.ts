import { graphql } from '../../gql';

export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    displayName
    email
    role
    language
    firm {
      id
      name
    }
  }
`);

export const SignInDocument = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      user {
        ...SessionUser
      }
    }
  }
`);

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession {
    refreshSession {
      token
      expiresAt
      user {
        ...SessionUser
      }
    }
  }
`);

export const SignOutDocument = graphql(`
  mutation SignOut {
    logout
  }
`);
