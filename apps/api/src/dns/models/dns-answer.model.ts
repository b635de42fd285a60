import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DnsRecord')
export class DnsRecordModel {
  @Field({ description: 'Owner name with the trailing dot, as dig prints it' }) name!: string;
  @Field() type!: string;
  @Field(() => Int) ttl!: number;
  @Field({ description: 'Record data as dig prints it' }) data!: string;
}

@ObjectType('DnsAnswer')
export class DnsAnswerModel {
  @Field({ description: 'NOERROR, NXDOMAIN, SERVFAIL or REFUSED' }) rcode!: string;
  @Field(() => [DnsRecordModel]) answers!: DnsRecordModel[];
  @Field(() => [DnsRecordModel], { nullable: true }) additional?: DnsRecordModel[];
  @Field(() => [String], { description: 'Every name sent to the nameserver, in order' })
  tried!: string[];
  @Field({ nullable: true }) nameserver?: string;
  @Field(() => [String], { nullable: true }) searchPath?: string[];
  @Field(() => [String]) explanation!: string[];
}
