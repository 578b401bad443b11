import { graphql } from '../../gql';

/** My notifications, newest first, in my language. One request. */
export const MyNotificationsDocument = graphql(`
  query MyNotifications {
    myNotifications(limit: 100) {
      id
      kind
      subject
      body
      createdAt
      readAt
      target {
        type
        id
        label
        bidId
      }
    }
  }
`);

export const MarkReadDocument = graphql(`
  mutation MarkNotificationRead($id: Int!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);
