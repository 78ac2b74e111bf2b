import { node, scriptDocument } from './build';

// 家装话术：了解面积、小区、预算、风格、新房还是老房，目标是约上门量房或到店参观。
export const homeRenovationZh = scriptDocument({
  name: '家装邀约（默认）',
  industry: 'home-renovation',
  locale: 'zh-CN',
  startNodeId: 'opening',
  stages: { opening: '开场白', discovery: '需求了解', pitch: '产品介绍', objections: '异议处理', close: '促成', followUp: '跟进' },
  variables: [
    { key: 'district', label: '小区', labels: ['楼盘', '小区名称', 'district', 'community'] },
    { key: 'houseArea', label: '房屋面积', labels: ['面积', '建筑面积', 'house area', 'area'] },
    { key: 'houseStage', label: '房屋状态', labels: ['新房/老房', '房屋类型'] },
    { key: 'budget', label: '预算', labels: ['装修预算', 'budget'] },
    { key: 'appointmentTime', label: '预约时间', labels: [] },
    { key: 'callbackTime', label: '回电时间', labels: [] },
  ],
  checklist: [
    { id: 'identify', label: '表明身份和公司', required: true },
    { id: 'purpose', label: '说明来电目的', required: true },
    { id: 'recording', label: '告知通话录音', required: true },
    { id: 'project', label: '确认面积、小区和预算', required: false },
    { id: 'opt-out', label: '告知可拒绝后续来电', required: false },
  ],
  nodes: [
    node(
      'opening',
      'opening',
      '问候并说明来意',
      [
        '{{customerName}}您好！我是{{team}}的家装顾问{{repName}}，本次通话会录音，用于服务质量管理。',
        '看到您之前咨询过装修，想了解一下您家的情况，帮您安排免费的设计方案，您现在方便说两分钟吗？',
      ],
      [
        ['方便', 'project'],
        ['正在忙', 'callback'],
        ['先发资料', 'send-info'],
        ['不感兴趣', 'not-interested'],
      ],
    ),
    node(
      'project',
      'discovery',
      '了解房屋',
      ['您家是在{{district}}吧？面积大概{{houseArea}}？', '是新房还是老房翻新？大概什么时候交房或者准备开工？'],
      [['已了解', 'budget']],
    ),
    node(
      'budget',
      'discovery',
      '预算和风格',
      ['装修预算大概是多少？{{budget}}左右吗？', '喜欢什么风格？现代简约、原木风还是新中式？'],
      [
        ['预算明确', 'visit'],
        ['担心费用', 'price'],
      ],
    ),
    node(
      'visit',
      'pitch',
      '邀约量房',
      [
        '下一步是免费上门量房：设计师到现场量尺寸、听您的想法，然后给您出平面布局和明细报价，不满意不收费。',
        '您也可以先到展厅看看材料和样板间。',
      ],
      [
        ['可以', 'book'],
        ['担心费用', 'price'],
        ['在比较几家', 'comparing'],
        ['再考虑一下', 'think-it-over'],
      ],
    ),
    node(
      'price',
      'objections',
      '客户担心费用',
      [
        '看起来便宜的报价，常常漏项，开工后再一项项加钱。我们是逐项明细报价，写进合同。',
        '您告诉我预算上限，设计师按这个数出方案，先保证水电、防水这些以后改不了的地方。',
      ],
      [
        ['有道理', 'book'],
        ['还是太贵', 'phased'],
      ],
    ),
    node(
      'phased',
      'pitch',
      '分步装修方案',
      ['也可以分步来：先做厨卫这些最急的，其他空间以后再装，第一笔投入能少很多。'],
      [
        ['可以接受', 'book'],
        ['再考虑一下', 'think-it-over'],
      ],
    ),
    node(
      'comparing',
      'objections',
      '客户在比较',
      ['多比较是对的。比的时候看同样的东西：材料品牌、保修年限、谁来施工。', '量房是免费的，多一家参考您不吃亏。'],
      [
        ['约量房', 'book'],
        ['再考虑一下', 'think-it-over'],
      ],
    ),
    node(
      'think-it-over',
      'objections',
      '客户要再考虑',
      ['应该的。您主要在犹豫哪一点？', '我把类似户型的案例发给您，{{callbackTime}}再给您回电，可以吗？'],
      [['约好回电', 'callback-set']],
    ),
    node(
      'send-info',
      'objections',
      '客户要资料',
      ['可以的。为了发给您有用的内容，想先问一下您主要想装哪些空间？', '我把案例发到{{phone}}，您看完后我们什么时候再聊？'],
      [
        ['约好时间', 'callback-set'],
        ['发了再说', 'polite-end'],
      ],
    ),
    node(
      'not-interested',
      'objections',
      '客户说不感兴趣',
      ['明白。想确认一下，是暂时不装修，还是已经有安排了？我好知道要不要再联系您。'],
      [
        ['以后再说', 'callback'],
        ['不装了', 'polite-end'],
      ],
    ),
    node(
      'book',
      'close',
      '确定预约',
      ['那我帮您约设计师，{{appointmentTime}}方便吗？地址是{{district}}，对吗？'],
      [['已预约', 'confirmed']],
    ),
    node('confirmed', 'followUp', '预约确认', ['已经为您约好{{appointmentTime}}，稍后会有短信确认，设计师会提前一天联系您。']),
    node('callback', 'followUp', '约时间回电', ['不打扰您了，您看今天晚些时候还是明天上午方便？']),
    node('callback-set', 'followUp', '确认回电', ['好的，{{callbackTime}}我再联系您，谢谢{{customerName}}。']),
    node('polite-end', 'followUp', '礼貌结束', ['谢谢您的时间。如果不希望再接到我们的电话，告诉我就行，祝您生活愉快。']),
  ],
});
