import { graphql } from '../../gql';

/** Orders with their money at a glance (a firm: its own lines). One request. */
export const OrdersDocument = graphql(`
  query Orders($filter: OrderFilterInput) {
    orders(filter: $filter) {
      id
      buyerName
      contractReference
      awardDate
      status
      awardedValue {
        minorUnits
        currency
      }
      invoiced {
        minorUnits
        currency
      }
      paid {
        minorUnits
        currency
      }
      outstanding {
        minorUnits
        currency
      }
      lines {
        id
        member {
          id
          name
        }
      }
    }
  }
`);

export const MoneyReportFields = graphql(`
  fragment MoneyReportRow on MoneyReport {
    id
    kind
    status
    orderId
    orderLineId
    invoiceId
    paymentId
    number
    date
    note
    reportedAt
    decidedAt
    rejectionReason
    member {
      id
      name
    }
    amount {
      minorUnits
      currency
    }
  }
`);

/** One order: lines per firm with milestones, invoices, credit notes, payments; what firms reported on it. One request. */
export const OrderDocument = graphql(`
  query Order($id: Int!) {
    order(id: $id) {
      id
      buyerName
      contractReference
      awardDate
      startDate
      endDate
      status
      notes
      bidId
      awardedValue {
        minorUnits
        currency
      }
      invoiced {
        minorUnits
        currency
      }
      paid {
        minorUnits
        currency
      }
      outstanding {
        minorUnits
        currency
      }
      lines {
        id
        description
        member {
          id
          name
        }
        value {
          minorUnits
          currency
        }
        originalValue {
          minorUnits
          currency
        }
        invoiced {
          minorUnits
          currency
        }
        paid {
          minorUnits
          currency
        }
        outstanding {
          minorUnits
          currency
        }
        milestones {
          id
          title
          plannedDate
          actualDate
          status
          note
        }
        invoices {
          id
          kind
          number
          issueDate
          creditsInvoiceId
          note
          amount {
            minorUnits
            currency
          }
          outstanding {
            minorUnits
            currency
          }
          payments {
            id
            kind
            date
            note
            reversesPaymentId
            amount {
              minorUnits
              currency
            }
          }
        }
      }
      changeOrders {
        id
        orderLineId
        reason
        at
        delta {
          minorUnits
          currency
        }
      }
    }
    moneyReports {
      ...MoneyReportRow
    }
  }
`);

/** What firms reported, for the project leader to confirm (or one firm's own). One request. */
export const MoneyReportsDocument = graphql(`
  query MoneyReports($filter: MoneyReportFilterInput) {
    moneyReports(filter: $filter) {
      ...MoneyReportRow
    }
  }
`);

export const RecordInvoiceDocument = graphql(`
  mutation RecordInvoice($input: RecordInvoiceInput!) {
    recordInvoice(input: $input) {
      id
      number
    }
  }
`);

export const RecordCreditNoteDocument = graphql(`
  mutation RecordCreditNote($input: RecordCreditNoteInput!) {
    recordCreditNote(input: $input) {
      id
      number
    }
  }
`);

export const RecordPaymentDocument = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      id
    }
  }
`);

export const ReversePaymentDocument = graphql(`
  mutation ReversePayment($paymentId: Int!, $date: LocalDate!, $reason: String!, $idempotencyKey: String) {
    reversePayment(paymentId: $paymentId, date: $date, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

export const ReportInvoiceDocument = graphql(`
  mutation ReportInvoice($input: RecordInvoiceInput!) {
    reportInvoice(input: $input) {
      ...MoneyReportRow
    }
  }
`);

export const ReportCreditNoteDocument = graphql(`
  mutation ReportCreditNote($input: RecordCreditNoteInput!) {
    reportCreditNote(input: $input) {
      ...MoneyReportRow
    }
  }
`);

export const ReportPaymentDocument = graphql(`
  mutation ReportPayment($input: RecordPaymentInput!) {
    reportPayment(input: $input) {
      ...MoneyReportRow
    }
  }
`);

export const ReportReversalDocument = graphql(`
  mutation ReportPaymentReversal($paymentId: Int!, $date: LocalDate!, $reason: String!, $idempotencyKey: String) {
    reportPaymentReversal(paymentId: $paymentId, date: $date, reason: $reason, idempotencyKey: $idempotencyKey) {
      ...MoneyReportRow
    }
  }
`);

export const ConfirmReportDocument = graphql(`
  mutation ConfirmMoneyReport($id: Int!) {
    confirmMoneyReport(id: $id) {
      ...MoneyReportRow
    }
  }
`);

export const RejectReportDocument = graphql(`
  mutation RejectMoneyReport($id: Int!, $reason: String!) {
    rejectMoneyReport(id: $id, reason: $reason) {
      ...MoneyReportRow
    }
  }
`);

export const UpdateMilestoneDocument = graphql(`
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      id
      status
      actualDate
    }
  }
`);
