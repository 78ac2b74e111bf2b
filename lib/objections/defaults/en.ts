import type { DefaultObjection } from '../objection-model';

// Default objection library (English). Written from the handbook's coaching notes:
// check whether the customer really renewed, quote anyway, a friend is not a
// professional, win on expertise and technique, never cut cover to win on price.
export const enObjections: readonly DefaultObjection[] = [
  {
    key: 'price-too-high',
    category: 'price',
    title: 'Your price is too high',
    keywords: ['price', 'too expensive', 'expensive', 'costly', 'cheaper', 'discount'],
    rebuttals: [
      'I hear you, price matters. Let us compare like for like first: the same liability limit and the same add-ons. Once the cover matches, our price holds up; a lower total usually means something was left out.',
      'Which part feels expensive? Let me go through it line by line with you. Where you can save, I will tell you; the core cover I would keep.',
      'The real price shows when you claim. The extra you pay here doubles your cover, and one accident is enough for it to pay off.',
    ],
  },
  {
    key: 'already-renewed',
    category: 'renewal',
    industries: ['car-insurance'],
    title: 'I already renewed',
    keywords: ['renewed', 'already insured', 'already covered', 'done it', 'bought already'],
    rebuttals: [
      'Good to hear. Has the new policy actually been issued, and from what date? Many people have only agreed on the phone; if nothing is paid yet, a second quote costs you nothing.',
      "Great that it is sorted. Which insurer did you go with, and what liability limit did you take? I can check for gaps and remind you before next year's renewal.",
    ],
  },
  {
    key: 'friend-handles-it',
    category: 'renewal',
    industries: ['car-insurance'],
    title: 'A friend handles my insurance',
    keywords: ['friend', 'family member', 'relative', 'my guy', 'someone I know'],
    rebuttals: [
      "It is nice to have a friend helping. Insurance is about the fine print and the claims service, though, and that is my job every day. Let me send an itemised quote you can hold next to your friend's.",
      "A second quote does not hurt the friendship, and if your friend's plan misses a cover, you find out now instead of after an accident.",
    ],
  },
  {
    key: 'not-interested',
    category: 'need',
    title: 'Not interested',
    keywords: ['no thanks', 'no need', 'not for me', "don't want"],
    rebuttals: [
      'No problem, I am not asking for a decision today. Give me one minute on what could change compared with last year, then you decide whether it is worth a second look.',
      'Understood. Is it that the timing is wrong, or that you already have this covered? Then I know whether to call you again at all.',
    ],
  },
  {
    key: 'busy',
    category: 'timing',
    title: "I'm busy right now",
    keywords: ['busy', 'in a meeting', 'driving', 'no time', 'call later'],
    rebuttals: [
      'Sorry to catch you at a bad time. It takes two minutes: would this afternoon or tomorrow morning suit you better? I will have the numbers ready.',
      'Of course, go ahead. What time should I call back so I do not interrupt you again?',
    ],
  },
  {
    key: 'send-information',
    category: 'information',
    title: 'Send me something first',
    keywords: ['send', 'email me', 'brochure', 'information', 'text me'],
    rebuttals: [
      'Happy to. So what I send is about you and not a generic brochure, may I check two quick details first?',
      'I will send it right after this call. How long do you need to look at it? I will call tomorrow at this time to answer anything that is unclear.',
    ],
  },
  {
    key: 'think-it-over',
    category: 'timing',
    title: 'I need to think about it',
    keywords: ['think', 'consider', 'not sure', 'maybe'],
    rebuttals: [
      'That makes sense, it is a real decision. What is the main thing you are weighing: the price, the cover, or something else? Let us look at it together.',
      'Of course. This quote holds until the end of the week; I will check in the day after tomorrow, and you can call me any time before.',
    ],
  },
  {
    key: 'ask-family',
    category: 'decision',
    title: 'I have to ask my partner',
    keywords: ['partner', 'wife', 'husband', 'family', 'decide together'],
    rebuttals: [
      'Deciding together is right. What will matter most to them? I will put that part in writing so you do not have to relay it from memory.',
      'Would it help to set a time when you are both available? I can explain it to both of you in three minutes.',
    ],
  },
  {
    key: 'cheaper-elsewhere',
    category: 'competitor',
    title: 'Another company quoted a lower price',
    keywords: ['competitor', 'lower quote', 'other company', 'beat the price'],
    rebuttals: [
      'Could you share that quote? We will compare limits and covers line by line; when the cover is the same, we are competitive.',
      'A lower number sometimes means less cover or less service. Who helps you when you claim, and how fast you are paid, is worth comparing too.',
    ],
  },
  {
    key: 'phone-trust',
    category: 'trust',
    title: "I don't trust deals over the phone",
    keywords: ['scam', 'trust', 'fraud', 'prove it', 'legit'],
    rebuttals: [
      'You are right to be careful. I will never ask you to pay over the phone; payment only goes through the official channel, and you can call our main number to check my name.',
      'You do not need to decide anything now. I will send you our company details and my direct line, so you can check first and call me back.',
    ],
  },
  {
    key: 'how-got-number',
    category: 'trust',
    title: 'How did you get my number?',
    keywords: ['number', 'privacy', 'where did you get', 'data'],
    rebuttals: [
      'Fair question. Your number comes from your earlier enquiry or policy with us; we use it only for renewals and service and never pass it on.',
      'If you would rather not hear from us again, I can put you on our do-not-call list right now.',
    ],
  },
  {
    key: 'no-claims-no-need',
    category: 'need',
    industries: ['car-insurance'],
    title: 'I never claim, I do not need that much cover',
    keywords: ['never claim', 'no claims', 'too much cover', 'add-ons useless'],
    rebuttals: [
      'A clean record is why you get a better price this year. Insurance is for the one bad day, though: injury claims can run very high, and a solid liability limit is what protects your savings.',
      'The add-ons cost little and cover the everyday trouble, a scratch or a cracked windscreen. Using one once pays for it.',
    ],
  },
  {
    key: 'minimum-only',
    category: 'need',
    industries: ['car-insurance'],
    title: 'I only want the legal minimum',
    keywords: ['minimum', 'basic', 'cheapest', 'liability only'],
    rebuttals: [
      'The legal minimum has a low ceiling; hit an expensive car or injure someone and the rest comes out of your pocket. Higher liability cover is what really carries the risk.',
      'The minimum does nothing for your own car. With damage cover and a proper liability limit, you, your car and your money are all protected.',
    ],
  },
  {
    key: 'claims-hassle',
    category: 'trust',
    industries: ['car-insurance'],
    title: 'Claims are always a hassle',
    keywords: ['claims', 'hassle', 'denied', 'paperwork'],
    rebuttals: [
      'I understand, nobody wants a fight after an accident. Call me first when it happens: I connect you with the assessor, list the papers, and follow it until you are paid.',
      'Small claims are now done with photos from your phone and are usually paid within days.',
    ],
  },
  {
    key: 'not-ready-yet',
    category: 'timing',
    industries: ['home-renovation'],
    title: 'We are not ready to start yet',
    keywords: ['not ready', 'next year', 'later', 'no rush', 'still planning'],
    rebuttals: [
      'Planning early is exactly right: design and quoting take two to three weeks, and good crews book up. Settle the plan now and you can start the day you are ready.',
      'Come and see the showroom with no commitment. Seeing materials and finished rooms makes the later decision much easier.',
    ],
  },
  {
    key: 'budget-too-small',
    category: 'price',
    industries: ['home-renovation'],
    title: 'My budget is too small',
    keywords: ['budget', 'afford', 'too much money', 'cost'],
    rebuttals: [
      'Every budget can work if it goes to the right places. Tell me your ceiling and the designer plans to it, starting with what you cannot see later: plumbing, wiring, waterproofing.',
      'We can phase it: the kitchen and bathrooms first, finishing touches later. That brings the first bill down a lot.',
    ],
  },
  {
    key: 'own-contractor',
    category: 'competitor',
    industries: ['home-renovation'],
    title: 'A contractor I know is cheaper',
    keywords: ['contractor', 'handyman', 'do it myself', 'builder', 'diy'],
    rebuttals: [
      'A contractor may be cheaper per hour, but you manage materials, schedule and warranty yourself. Our contract fixes the timeline and the warranty years, and someone answers for problems.',
      'Bring his quote and we will compare line by line: how wiring is priced, how many coats of waterproofing. The differences hide in those details.',
    ],
  },
  {
    key: 'hidden-costs',
    category: 'trust',
    industries: ['home-renovation'],
    title: 'I am worried about surprise costs',
    keywords: ['surprise', 'extra costs', 'hidden fees', 'overrun', 'change orders'],
    rebuttals: [
      'A very fair worry. Our quote lists every item with brand and quantity, and it goes into the contract; nothing outside it is done without your signature.',
      'After the measurement you get an itemised quote, not a single number, so you can compare it with anyone.',
    ],
  },
  {
    key: 'no-home-visit',
    category: 'information',
    industries: ['home-renovation'],
    title: 'I do not want anyone coming to measure',
    keywords: ['home visit', 'measure', 'come over', 'floor plan'],
    rebuttals: [
      'The measurement is free and nobody will push you to sign on the spot. Without real measurements a quote is only a guess.',
      'If a visit is not convenient, send me the floor plan and the designer will sketch a first layout; book the measurement only if you like it.',
    ],
  },
  {
    key: 'already-have-company',
    category: 'competitor',
    industries: ['home-renovation'],
    title: 'We already chose another company',
    keywords: ['already chose', 'signed', 'went with', 'another firm'],
    rebuttals: [
      'Good for you. Have you signed yet? If not, a free comparison quote gives you a second opinion before you commit.',
      'Then I wish you a smooth project. If you need furnishing, appliances or a smaller job later, I am here.',
    ],
  },
  {
    key: 'bad-timing-season',
    category: 'timing',
    title: 'Call me back next month',
    keywords: ['next month', 'later', 'another time', 'not now'],
    rebuttals: [
      'Sure, I will note it. Which week works best? I will call then with whatever offer is current.',
      'Happy to. Shall I send a short summary now so you have something to look at before we speak?',
    ],
  },
  {
    key: 'bad-experience',
    category: 'trust',
    title: 'I had a bad experience before',
    keywords: ['bad experience', 'burned', 'last time', 'complaint'],
    rebuttals: [
      'I am sorry that happened. What went wrong? I would like to make sure it cannot happen with us, and tell you honestly if it could.',
      'That is exactly why I put everything in writing: what is included, the dates, and who to call. You can hold me to it.',
    ],
  },
  {
    key: 'stop-calling',
    category: 'optOut',
    title: 'Stop calling me',
    keywords: ['do not call', 'remove me', 'stop', 'unsubscribe', 'harassment'],
    rebuttals: [
      'I am sorry for the interruption. I am adding your number to our do-not-call list right now; you will not hear from us again.',
      'Done, you are on our do-not-call list. Have a good day.',
    ],
  },
];
