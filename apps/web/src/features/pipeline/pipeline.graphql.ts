import { graphql } from '../../gql';

/**
 * The committee's dashboard: every figure of the period and market in one request (the members'
 * and risks' long tables a page at a time; their CSV has every row).
 */
export const DashboardDocument = graphql(`
  query Dashboard($filter: PipelineFilterInput, $members: Int!, $risks: Int!) {
    pipeline(filter: $filter) {
      from
      to
      market
      stages {
        stage
        count
        value {
          minorUnits
          currency
        }
        weighted {
          minorUnits
          currency
        }
      }
      otherCurrencies {
        stage
        currency
        count
      }
      outcomes {
        won
        lost
        winRateByCount
        winRateByValue
        wonEstimatedValue {
          minorUnits
          currency
        }
        lostEstimatedValue {
          minorUnits
          currency
        }
      }
      byMarket {
        market
        won
        lost
        wonEstimatedValue {
          minorUnits
          currency
        }
        lostEstimatedValue {
          minorUnits
          currency
        }
      }
      trend {
        month
        won
        lost
        winRateByCount
        weightedPipeline {
          minorUnits
          currency
        }
        awardedValue {
          minorUnits
          currency
        }
      }
      memberCount
      members(first: $members, orderBy: AWARDED_VALUE) {
        memberId
        name
        offered
        accepted
        shareOfAwarded
        awardedValue {
          minorUnits
          currency
        }
      }
      fairSpread {
        gini
        activeMembers
      }
      orders {
        count
        value {
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
      }
      royalties {
        accrued {
          minorUnits
          currency
        }
        issued {
          minorUnits
          currency
        }
        received {
          minorUnits
          currency
        }
        outstanding {
          minorUnits
          currency
        }
      }
      returnOnGrants {
        ratio
        grantsToPeriodEnd {
          minorUnits
          currency
        }
        awardedToPeriodEnd {
          minorUnits
          currency
        }
      }
      riskCount
      risks(first: $risks) {
        kind
        orderId
        bidId
        workPackageId
        memberName
        certificate
        validUntil
        windowEnd
      }
    }
  }
`);

/** A chart's table as the API writes it (CSV in the reader's language); asked for on a click. */
export const PipelineExportDocument = graphql(`
  query PipelineExport($table: String!, $filter: PipelineFilterInput) {
    pipelineExport(table: $table, filter: $filter)
  }
`);
