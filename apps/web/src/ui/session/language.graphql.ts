import { graphql } from '../../gql';

export const SetMyLanguageDocument = graphql(`
  mutation SetMyLanguage($language: Language!) {
    setMyLanguage(language: $language) {
      ...SessionUser
    }
  }
`);
