import { Module } from '@nestjs/common';
import { BidsModule } from '@app/bids';
import { MembersModule } from '@app/members';
import { MatchingModule } from '@app/matching';
import { NotificationsModule } from '@app/notifications';
import { TendersModule } from '@app/tenders';
import { MoneyReportResolver } from './api/money-report.resolver';
import { MoneyReportNamesResolver, OrderLineTotalsResolver, OrderTotalsResolver } from './api/order-totals.resolver';
import { MoneyReportsService } from './money-reports.service';
import { ChangeOrderResolver, InvoiceResolver, OrderLineResolver, OrderResolver, PaymentResolver } from './api/order.resolver';
import { ChangeOrdersByOrderLoader } from './loaders/change-orders-by-order.loader';
import { InvoicesByLineLoader } from './loaders/invoices-by-line.loader';
import { OrderLinesByOrderLoader } from './loaders/order-lines-by-order.loader';
import { MilestonesByLineLoader } from './loaders/milestones-by-line.loader';
import { PaymentsByInvoiceLoader } from './loaders/payments-by-invoice.loader';
import { OrdersService } from './orders.service';

@Module({
  imports: [BidsModule, MatchingModule, TendersModule, NotificationsModule, MembersModule],
  providers: [
    OrdersService,
    MoneyReportsService,
    MoneyReportResolver,
    InvoicesByLineLoader,
    MilestonesByLineLoader,
    PaymentsByInvoiceLoader,
    ChangeOrdersByOrderLoader,
    OrderLinesByOrderLoader,
    OrderResolver,
    OrderLineResolver,
    InvoiceResolver,
    PaymentResolver,
    ChangeOrderResolver,
    OrderTotalsResolver,
    OrderLineTotalsResolver,
    MoneyReportNamesResolver,
  ],
  exports: [OrdersService, MoneyReportsService],
})
export class OrdersModule {}
