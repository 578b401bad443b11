import { Module } from '@nestjs/common';
import { BidsModule } from '@app/bids';
import { MatchingModule } from '@app/matching';
import { TendersModule } from '@app/tenders';
import { ChangeOrderResolver, InvoiceResolver, OrderLineResolver, OrderResolver, PaymentResolver } from './api/order.resolver';
import { ChangeOrdersByOrderLoader, InvoicesByLineLoader, MilestonesByLineLoader, PaymentsByInvoiceLoader } from './order-loaders';
import { OrdersService } from './orders.service';

@Module({
  imports: [BidsModule, MatchingModule, TendersModule],
  providers: [
    OrdersService,
    InvoicesByLineLoader,
    MilestonesByLineLoader,
    PaymentsByInvoiceLoader,
    ChangeOrdersByOrderLoader,
    OrderResolver,
    OrderLineResolver,
    InvoiceResolver,
    PaymentResolver,
    ChangeOrderResolver,
  ],
  exports: [OrdersService],
})
export class OrdersModule {}
