export * from './orders.module';
export * from './orders.service';
export * from './money-reports.service';
export * from './entities/order.entity';
import { ChangeOrder, Invoice, Milestone, MoneyReport, Order, OrderLine, Payment } from './entities/order.entity';

export const ORDERS_ENTITIES = [Order, OrderLine, Milestone, ChangeOrder, Invoice, Payment, MoneyReport];
