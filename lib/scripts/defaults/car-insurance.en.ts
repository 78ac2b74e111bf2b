import { node, scriptDocument } from './build';

// Car-insurance renewal: check whether the customer really renewed, quote
// anyway, a friend is not a professional, raise the liability limit instead of
// cutting cover to win on price.
export const carInsuranceEn = scriptDocument({
  name: 'Car insurance renewal (default)',
  industry: 'car-insurance',
  locale: 'en',
  startNodeId: 'opening',
  stages: { opening: 'Opening', discovery: 'Discovery', pitch: 'Pitch', objections: 'Objections', close: 'Close', followUp: 'Follow-up' },
  variables: [
    { key: 'plate', label: 'Plate number', labels: ['plate', 'registration', '车牌号', '车牌'] },
    { key: 'renewalDate', label: 'Renewal date', labels: ['expiry date', 'expires', '到期日'] },
    { key: 'carModel', label: 'Car model', labels: ['model', 'vehicle', '车型'] },
    { key: 'lastPremium', label: 'Last premium', labels: ['premium', 'previous premium', '上年保费'] },
    { key: 'quoteAmount', label: 'Quote amount', labels: ['quote'] },
    { key: 'callbackTime', label: 'Callback time', labels: [] },
  ],
  checklist: [
    { id: 'identify', label: 'Identified myself and the company', required: true },
    { id: 'purpose', label: 'Stated the purpose of the call', required: true },
    { id: 'recording', label: 'Gave the recording notice', required: true },
    { id: 'vehicle', label: 'Checked the vehicle details', required: false },
    { id: 'opt-out', label: 'Offered to stop future calls', required: false },
  ],
  nodes: [
    node(
      'opening',
      'opening',
      'Greet and state the purpose',
      [
        'Hello {{customerName}}, this is {{repName}}, car insurance adviser at {{team}}. This call is recorded for quality purposes.',
        'The insurance on your car {{plate}} ends on {{renewalDate}}, and I am calling to prepare your renewal quote early. Do you have two minutes?',
      ],
      [
        ['Yes, go ahead', 'check-renewed'],
        ['Busy right now', 'callback'],
        ['Already renewed', 'already-renewed'],
        ['Not interested', 'not-interested'],
      ],
    ),
    node(
      'check-renewed',
      'discovery',
      'Check the renewal status',
      ['Have you already renewed for this year, or are you still comparing?', 'Who insured you last year, and did you make any claims?'],
      [
        ['Not renewed yet', 'needs'],
        ['Already renewed', 'already-renewed'],
        ['A friend handles it', 'friend-handles'],
      ],
    ),
    node(
      'already-renewed',
      'objections',
      'Customer says they already renewed',
      [
        'I see. Has the new policy been issued, and from which date?',
        'If it is agreed but not paid yet, let me give you a second quote to compare; it costs you nothing.',
      ],
      [
        ['Not paid yet', 'needs'],
        ['Policy issued', 'renewed-followup'],
      ],
    ),
    node(
      'friend-handles',
      'objections',
      'Customer says a friend handles it',
      [
        'It is good to have a friend helping. Car insurance is about the fine print and the claims service, and that is my job every day.',
        "Let me prepare an itemised quote you can hold next to your friend's plan, cover by cover. You decide which fits.",
      ],
      [
        ['OK, send a quote', 'needs'],
        ['Staying with my friend', 'renewed-followup'],
      ],
    ),
    node(
      'not-interested',
      'objections',
      'Customer is not interested',
      [
        'No problem. Your renewal is due anyway; I only help you compare price and cover before it ends, no decision today.',
        'May I ask what liability limit you had last year?',
      ],
      [
        ['Open to talk', 'needs'],
        ['Still no', 'polite-end'],
      ],
    ),
    node(
      'needs',
      'discovery',
      'Confirm the details',
      [
        'To quote accurately: the car is a {{carModel}}, valued at the new-car invoice price, right?',
        'What liability limit did you have last year, and any add-ons such as passenger cover?',
      ],
      [['Details confirmed', 'quote']],
    ),
    node(
      'quote',
      'pitch',
      'Quote and recommend',
      [
        'For how you drive, I recommend raising the liability limit: injury claims have grown, and a little more premium doubles your protection.',
        "Damage cover at the full value of the car means a claim pays what the car is really worth. This year's total is {{quoteAmount}}; last year you paid {{lastPremium}}.",
      ],
      [
        ['Sounds good', 'close'],
        ['Price too high', 'price'],
        ['Need to think', 'think-it-over'],
      ],
    ),
    node(
      'price',
      'objections',
      'Customer says the price is too high',
      [
        'Price matters to everyone. Let us compare like for like: with the same limits and add-ons we are not expensive; a cheaper total usually means less cover when you need it.',
        'Which part feels expensive? Let me go through it with you.',
      ],
      [
        ['Fair point', 'close'],
        ['Still too expensive', 'adjust-plan'],
      ],
    ),
    node(
      'adjust-plan',
      'pitch',
      'Adjust the plan',
      [
        'We keep damage and liability cover, the core, and drop one add-on you rarely need; that brings the price down. I would not lower the core cover.',
      ],
      [
        ['That works', 'close'],
        ['Need to think', 'think-it-over'],
      ],
    ),
    node(
      'think-it-over',
      'objections',
      'Customer wants to think',
      [
        'Of course. Is it the price, the cover or the insurer you are weighing?',
        'I will text you the quote and call back {{callbackTime}}. Does that work?',
      ],
      [['Callback agreed', 'callback-set']],
    ),
    node(
      'close',
      'close',
      'Issue the policy',
      [
        'Let me issue it now: the policyholder is {{customerName}}, phone {{phone}}, correct?',
        'Once payment goes through, the policy arrives by text, and I will call to confirm the details.',
      ],
      [['Payment done', 'after-sale']],
    ),
    node('after-sale', 'followUp', 'After the sale', [
      'Thank you for your trust! For claims or inspections, call me any time. Drive safely.',
    ]),
    node('renewed-followup', 'followUp', 'Already renewed: keep in touch', [
      "All right, safe driving. May I call you a month before next year's renewal to compare?",
    ]),
    node('callback', 'followUp', 'Book a callback', [
      'I will not keep you. Would this afternoon or tomorrow morning be better? I will have the quote ready.',
    ]),
    node('callback-set', 'followUp', 'Callback confirmed', [
      'Great, I have noted it and will call {{callbackTime}}. Call me any time before.',
    ]),
    node('polite-end', 'followUp', 'Polite close', [
      'Thank you for your time. If you would rather not get our calls, just say so and I will note it. Have a good day.',
    ]),
  ],
});
