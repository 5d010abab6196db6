import type { PrivacyRequest } from './privacy-request.ts';

/** What the person must do, or wait for, next: shown on the public status page (nothing personal in it). */
export interface NextStep {
  readonly code: 'wait-identity-check' | 'pay-fee' | 'wait-reply' | 'collect-reply' | 'none';
  readonly message: string;
}

const day = (d: Date | undefined) => d?.toISOString().slice(0, 10) ?? '';

export function nextStep(request: PrivacyRequest): NextStep {
  switch (request.status) {
    case 'received':
    case 'identity-check':
      return {
        code: 'wait-identity-check',
        message: 'We are checking your identity with the documents you sent; we will contact you if we need more.',
      };
    case 'fee':
      return {
        code: 'pay-fee',
        message: `Please pay the fee of JPY ${request.fee.amount} by ${day(request.fee.deadline)} as the procedure explains.`,
      };
    case 'search':
    case 'review':
    case 'approval':
    case 'approved':
    case 'executing':
    case 'executed':
      return { code: 'wait-reply', message: `We are preparing the reply, due by ${day(request.dueAt)}.` };
    case 'response-sent':
      return {
        code: 'collect-reply',
        message:
          request.replyMethod === 'electronic'
            ? 'The reply is ready: open the link in our e-mail and enter this tracking code to download it.'
            : 'The reply was posted to you.',
      };
    case 'refused':
      return { code: 'none', message: 'The request was refused; the reply letter states the reason.' };
    case 'closed-not-made':
      return { code: 'none', message: 'The fee was not paid in time, so the request was treated as not made.' };
    case 'closed':
      return { code: 'none', message: 'The request is complete.' };
  }
}
