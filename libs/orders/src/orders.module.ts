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
import { ChangeOrdersByOrderLoader, InvoicesByLineLoader, MilestonesByLineLoader, PaymentsByInvoiceLoader } from './order-loaders';
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
