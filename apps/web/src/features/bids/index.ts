export { BidBoardPage } from './bid-board-page';
