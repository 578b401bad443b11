import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '@app/core';
import { BrochureKind } from '../../entities/brochure.entity';
import type { BrochureLanguage } from '../../pdf';

/** GraphQL names the languages NB and EN; inside, they are the ISO codes 'nb' and 'en' the PDF layout takes. */
export enum BrochureLanguageCode {
  NB = 'NB',
  EN = 'EN',
}

export function languageOf(code: BrochureLanguageCode): BrochureLanguage {
  return code === BrochureLanguageCode.NB ? 'nb' : 'en';
}

export function languageCodeOf(language: string): BrochureLanguageCode {
  return language === 'nb' ? BrochureLanguageCode.NB : BrochureLanguageCode.EN;
}

registerEnumType(BrochureKind, {
  name: 'BrochureKind',
  description: "NETWORK: the network's capability brochure. TENDER: the consortium presentation for one tender.",
});
registerEnumType(BrochureLanguageCode, { name: 'BrochureLanguage', description: 'NB: Norwegian (bokmål). EN: English.' });

@ObjectType('Brochure', { description: 'A generated PDF brochure: download it (signed in) from downloadUrl.' })
export class BrochureModel {
  @Field(() => Int)
  id: number;
  @Field(() => BrochureKind)
  kind: BrochureKind;
  @Field(() => BrochureLanguageCode)
  language: BrochureLanguageCode;
  @Field(() => Int, { nullable: true })
  tenderId: number | null;
  @Field(() => Int, { nullable: true, description: 'The bid whose consortium it presents; null for the network or a solver alternative.' })
  bidId: number | null;
  @Field(() => LocalDateScalar, { description: 'The date on the cover and the certificate cut-off: same data and date, same bytes.' })
  statedDate: string;
  @Field(() => Int)
  byteSize: number;
  @Field(() => Int)
  pageCount: number;
  @Field({ description: 'SHA-256 of the PDF, hex (also the ETag of the download).' })
  sha256: string;
  @Field({ description: 'GET it with the same Authorization header, e.g. /brochures/12.pdf.' })
  downloadUrl: string;
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
