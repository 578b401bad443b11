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
