import { node, scriptDocument } from './build';

// Home renovation: learn the project (area, district, budget, style, new or old
// home), then book a free measurement or a showroom visit.
export const homeRenovationEn = scriptDocument({
  name: 'Home renovation (default)',
  industry: 'home-renovation',
  locale: 'en',
  startNodeId: 'opening',
  stages: { opening: 'Opening', discovery: 'Discovery', pitch: 'Pitch', objections: 'Objections', close: 'Close', followUp: 'Follow-up' },
  variables: [
    { key: 'project', label: 'Project', labels: ['rooms', 'scope', '项目'] },
    { key: 'houseArea', label: 'House area', labels: ['area', 'size', '面积', '房屋面积'] },
    { key: 'district', label: 'District', labels: ['neighbourhood', 'community', '小区'] },
    { key: 'budget', label: 'Budget', labels: ['预算'] },
    { key: 'appointmentTime', label: 'Appointment time', labels: [] },
    { key: 'callbackTime', label: 'Callback time', labels: [] },
  ],
  checklist: [
    { id: 'identify', label: 'Identified myself and the company', required: true },
    { id: 'purpose', label: 'Stated the purpose of the call', required: true },
    { id: 'recording', label: 'Gave the recording notice', required: true },
    { id: 'project', label: 'Confirmed rooms, area and budget', required: false },
    { id: 'opt-out', label: 'Offered to stop future calls', required: false },
  ],
  nodes: [
    node(
      'opening',
      'opening',
      'Greet and state the purpose',
      [
        'Hi {{customerName}}, this is {{repName}} from {{team}}. This call is recorded for quality purposes.',
        'You asked us about renovating your home, and I would like to understand the project. Do you have two minutes?',
      ],
      [
        ['Yes, go ahead', 'project'],
        ['Busy right now', 'callback'],
        ['Send me something', 'send-info'],
        ['Not interested', 'not-interested'],
      ],
    ),
    node(
      'project',
      'discovery',
      'The project',
      [
        'I have it down as: {{project}}. Is that right, and is it a new home or an older one?',
        'How big is the space, about {{houseArea}}? And which area is it in?',
      ],
      [['Details shared', 'budget']],
    ),
    node(
      'budget',
      'discovery',
      'Budget and style',
      ['Do you have a budget in mind, around {{budget}}?', 'Any style you like: modern, warm wood, minimal?'],
      [
        ['Budget is set', 'visit'],
        ['Worried about cost', 'price'],
      ],
    ),
    node(
      'visit',
      'pitch',
      'Offer the free measurement',
      [
        'The next step is a free measurement at your home: the designer measures, listens, and gives you a layout and an itemised quote, with no obligation.',
        'You can also visit the showroom to see materials and finished rooms first.',
      ],
      [
        ['Sounds good', 'book'],
        ['Price concern', 'price'],
        ['Comparing companies', 'comparing'],
        ['Need to think', 'think-it-over'],
      ],
    ),
    node(
      'price',
      'objections',
      'Customer worries about cost',
      [
        'Quotes that look cheap often leave items out that come back later as extras. Ours is itemised and goes into the contract.',
        'Tell me your ceiling and the designer plans to it, starting with what you cannot change later: plumbing, wiring, waterproofing.',
      ],
      [
        ['Fair point', 'book'],
        ['Still too expensive', 'phased'],
      ],
    ),
    node(
      'phased',
      'pitch',
      'Offer a phased plan',
      ['We can phase it: the most urgent rooms first, the rest next season. That brings the first bill down a lot.'],
      [
        ['That works', 'book'],
        ['Need to think', 'think-it-over'],
      ],
    ),
    node(
      'comparing',
      'objections',
      'Customer is comparing companies',
      [
        'Comparing is smart. Compare like for like: material brands, warranty years, and who actually does the work.',
        'Our measurement is free, so you lose nothing by adding us to the list.',
      ],
      [
        ['Book a measurement', 'book'],
        ['Need to think', 'think-it-over'],
      ],
    ),
    node(
      'think-it-over',
      'objections',
      'Customer wants to think',
      [
        'Of course. What is the main thing you are weighing?',
        'I will send photos of similar projects and call back {{callbackTime}}. Does that work?',
      ],
      [['Callback agreed', 'callback-set']],
    ),
    node(
      'send-info',
      'objections',
      'Customer asks for information',
      [
        'Happy to. So I send what is relevant: which rooms are you thinking about?',
        'I will text a few photos of similar projects to {{phone}}. When can we talk after you have looked?',
      ],
      [
        ['Time agreed', 'callback-set'],
        ['Just send it', 'polite-end'],
      ],
    ),
    node(
      'not-interested',
      'objections',
      'Customer is not interested',
      ['Understood. So I do not call about the wrong thing: is the project off, or just not now?'],
      [
        ['Maybe later', 'callback'],
        ['Project is off', 'polite-end'],
      ],
    ),
    node(
      'book',
      'close',
      'Book the appointment',
      ['Let us book it. Would {{appointmentTime}} suit you? The designer will come to {{district}}.'],
      [['Booked', 'confirmed']],
    ),
    node('confirmed', 'followUp', 'Appointment confirmed', [
      'You are booked for {{appointmentTime}}. You will get a text confirmation, and the designer will call the day before.',
    ]),
    node('callback', 'followUp', 'Book a callback', ['No problem. Is later today or tomorrow morning better?']),
    node('callback-set', 'followUp', 'Callback confirmed', ['Great, I will call you {{callbackTime}}. Thank you, {{customerName}}.']),
    node('polite-end', 'followUp', 'Polite close', [
      'Thank you for your time, {{customerName}}. If you would rather not hear from us again, just say so and I will note it.',
    ]),
  ],
});
