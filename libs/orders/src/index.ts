// The orders context's public face (docs/ARCHITECTURE.md, "Where things live in a context").
import { ChangeOrder, Invoice, Milestone, MoneyReport, Order, OrderLine, Payment } from './entities/order.entity';

export { OrdersModule } from './orders.module';
export { OrdersService } from './orders.service';
export {
  ChangeOrder,
  Invoice,
  InvoiceKind,
  Milestone,
  MoneyReport,
  MoneyReportKind,
  MoneyReportStatus,
  Order,
  OrderLine,
  OrderStatus,
  Payment,
  PaymentKind,
} from './entities/order.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const ORDERS_ENTITIES = [Order, OrderLine, Milestone, ChangeOrder, Invoice, Payment, MoneyReport];
