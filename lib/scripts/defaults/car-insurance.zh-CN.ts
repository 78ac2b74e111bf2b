import { node, scriptDocument } from './build';

// 车险续保话术：先确认是否真的已续保，再敢于报价；朋友不等于专业；
// 以足额投保、提高三者险保额来提升客均保费，不靠砍险种拼价格。
export const carInsuranceZh = scriptDocument({
  name: '车险续保（默认）',
  industry: 'car-insurance',
  locale: 'zh-CN',
  startNodeId: 'opening',
  stages: { opening: '开场白', discovery: '需求了解', pitch: '产品介绍', objections: '异议处理', close: '促成', followUp: '跟进' },
  variables: [
    { key: 'plate', label: '车牌号', labels: ['车牌', '车牌号码', 'plate', 'plate number'] },
    { key: 'renewalDate', label: '到期日', labels: ['保险到期日', '到期时间', 'expiry date', 'renewal date'] },
    { key: 'carModel', label: '车型', labels: ['品牌型号', 'car model', 'model'] },
    { key: 'lastPremium', label: '上年保费', labels: ['去年保费', 'last premium'] },
    { key: 'quoteAmount', label: '本次报价', labels: ['报价'] },
    { key: 'callbackTime', label: '回电时间', labels: [] },
  ],
  checklist: [
    { id: 'identify', label: '表明身份和公司', required: true },
    { id: 'purpose', label: '说明来电目的', required: true },
    { id: 'recording', label: '告知通话录音', required: true },
    { id: 'vehicle', label: '核对车辆信息', required: false },
    { id: 'opt-out', label: '告知可拒绝后续来电', required: false },
  ],
  nodes: [
    node(
      'opening',
      'opening',
      '问候并说明来意',
      [
        '{{customerName}}您好！我是{{team}}的车险顾问{{repName}}，本次通话会录音，用于服务质量管理。',
        '您车牌{{plate}}的车险将在{{renewalDate}}到期，今天来电是提前帮您做续保报价，您现在方便聊两分钟吗？',
      ],
      [
        ['方便', 'check-renewed'],
        ['正在忙', 'callback'],
        ['已经保了', 'already-renewed'],
        ['不感兴趣', 'not-interested'],
      ],
    ),
    node(
      'check-renewed',
      'discovery',
      '确认续保状态',
      ['请问今年的车险是已经续上了，还是还在比较？', '去年是在哪家投保的？这一年有没有出过险？'],
      [
        ['还没续', 'needs'],
        ['已经续了', 'already-renewed'],
        ['朋友在办', 'friend-handles'],
      ],
    ),
    node(
      'already-renewed',
      'objections',
      '客户说已经保了',
      ['明白。方便问一下保单已经出了吗？生效日期是哪天？', '如果只是谈好了还没付款，我给您出一份报价对比一下，多一个参考不吃亏。'],
      [
        ['其实还没付款', 'needs'],
        ['确实已出单', 'renewed-followup'],
      ],
    ),
    node(
      'friend-handles',
      'objections',
      '客户说朋友在办',
      [
        '有朋友帮忙是好事。不过车险拼的是条款和理赔服务，朋友不一定专门做这一行。',
        '我给您出一份明细报价，您拿去和朋友的方案对一对险种和保额，哪个合适您说了算。',
      ],
      [
        ['好，报一下', 'needs'],
        ['还是找朋友', 'renewed-followup'],
      ],
    ),
    node(
      'not-interested',
      'objections',
      '客户说不感兴趣',
      ['没关系，车险每年都要续，我只是帮您在到期前把价格和保障比清楚，不需要您现在决定。', '请问去年三者险保的是多少？'],
      [
        ['愿意聊', 'needs'],
        ['坚持不要', 'polite-end'],
      ],
    ),
    node(
      'needs',
      'discovery',
      '核对信息',
      [
        '为了报得准，跟您核对一下：车型是{{carModel}}，新车购置价按发票价格来算，对吗？',
        '去年三者险保额是多少？有没有加车上人员险和其他附加险？',
      ],
      [['信息确认', 'quote']],
    ),
    node(
      'quote',
      'pitch',
      '报价与推荐方案',
      [
        '按您的用车情况，建议三者险提到200万：现在人伤赔偿标准高，多花一点保费，保障翻倍。',
        '车损险按足额投保，出险时才能按车辆实际价值赔付。今年的总报价是{{quoteAmount}}，去年是{{lastPremium}}。',
      ],
      [
        ['可以', 'close'],
        ['价格太高', 'price'],
        ['再考虑一下', 'think-it-over'],
      ],
    ),
    node(
      'price',
      'objections',
      '客户嫌价格高',
      [
        '价格大家都在意。我们先看保障一不一样：同样的三者险保额和附加险，我们并不贵；只比总价的话，少保几项当然便宜，但出了事要自己掏钱。',
        '您觉得哪一项偏贵？我帮您逐项看看。',
      ],
      [
        ['有道理', 'close'],
        ['还是太贵', 'adjust-plan'],
      ],
    ),
    node(
      'adjust-plan',
      'pitch',
      '调整方案',
      ['我们保留车损险和三者险这两项核心保障，把不常用的一项附加险去掉，价格能下来一些；核心保障我不建议降低。'],
      [
        ['可以接受', 'close'],
        ['再考虑一下', 'think-it-over'],
      ],
    ),
    node(
      'think-it-over',
      'objections',
      '客户要再考虑',
      ['考虑是应该的。您主要在犹豫价格、保障还是投保公司？', '我把报价单发到您手机上，{{callbackTime}}再给您回电，您看可以吗？'],
      [['约好回电', 'callback-set']],
    ),
    node(
      'close',
      'close',
      '确认出单',
      [
        '那我现在帮您出单：被保险人是{{customerName}}，联系电话{{phone}}，对吗？',
        '付款成功后电子保单会发到您手机，出单后我再给您回个电话确认。',
      ],
      [['已付款', 'after-sale']],
    ),
    node('after-sale', 'followUp', '售后', ['感谢您的信任！以后理赔、年检有任何问题都可以找我，祝您一路平安。']),
    node('renewed-followup', 'followUp', '已续保的跟进', ['好的，祝您用车平安。明年到期前我提前一个月联系您做对比，可以吗？']),
    node('callback', 'followUp', '约时间回电', ['不打扰您了。您看今天下午还是明天上午方便？我先把报价准备好。']),
    node('callback-set', 'followUp', '确认回电', ['好的，我记下了，{{callbackTime}}再联系您。有问题随时打给我。']),
    node('polite-end', 'followUp', '礼貌结束', ['好的，打扰您了。如果不希望再接到我们的电话，告诉我就行，祝您生活愉快。']),
  ],
});
