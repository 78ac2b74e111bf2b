import type { DefaultObjection } from '../objection-model';

// 默认异议库（简体中文）。依据参考手册中报价率、成功率、客均保费的“正解”与“误区”改写：
// 识别客户是否真的已保、敢于报价、朋友不等于专业、用专业和话术赢得客户、不靠降保障拼价格。
export const zhObjections: readonly DefaultObjection[] = [
  {
    key: 'price-too-high',
    category: 'price',
    title: '价格高了，太贵',
    keywords: ['价格', '太贵了', '贵', '报价高', '便宜点'],
    rebuttals: [
      '理解您在意价格。我们先把保障对齐再比：同样的三者险保额、同样的附加险，咱们的价格其实不高；只比总价，少保几项当然便宜，可出了事就得自己掏钱。',
      '您觉得具体是哪一项贵？我帮您逐项过一遍，能省的地方我直接告诉您，但核心保障我不建议砍。',
      '贵不贵要看出险时赔多少。多花的这部分钱，换来的是保额翻倍，一次事故就能体现出来。',
    ],
  },
  {
    key: 'already-renewed',
    category: 'renewal',
    industries: ['car-insurance'],
    title: '已经保了',
    keywords: ['已经续了', '续保了', '买过了', '保过了', '办好了'],
    rebuttals: [
      '好的，请问保单已经出了吗？是哪天生效的？很多客户只是口头答应了，还没付款，这时候多拿一份报价对比一下一点都不亏。',
      '那恭喜您已经安排好了。方便告诉我是在哪家投的、三者险保了多少吗？我帮您看看保障有没有缺口，明年到期前我也提前提醒您。',
    ],
  },
  {
    key: 'friend-handles-it',
    category: 'renewal',
    industries: ['car-insurance'],
    title: '朋友在办',
    keywords: ['朋友', '熟人', '亲戚做保险', '找人办了'],
    rebuttals: [
      '有朋友帮忙挺好。不过车险拼的是条款和理赔服务，朋友不一定专门做这一行。我给您出一份明细报价，您拿去跟朋友的方案对一对，哪个更合适您自己定。',
      '多一份报价就多一个参考，也不影响您和朋友的关系。万一朋友的方案漏了哪项保障，您还能提前发现。',
    ],
  },
  {
    key: 'not-interested',
    category: 'need',
    title: '不感兴趣',
    keywords: ['不需要', '不要', '没兴趣', '不用了'],
    rebuttals: [
      '没关系，我不是让您现在就决定。只想用一分钟告诉您，和去年比今年能帮您省在哪里、多保在哪里，听完您再决定要不要。',
      '理解，接到这类电话确实容易烦。请问是现在暂时不考虑，还是已经有安排了？我好知道要不要再打扰您。',
    ],
  },
  {
    key: 'busy',
    category: 'timing',
    title: '我在忙，没时间',
    keywords: ['忙', '开会', '开车', '没空', '等会再说'],
    rebuttals: [
      '不好意思打扰了。我只占您两分钟，您看是今天下午还是明天上午方便？我提前把报价准备好。',
      '好的您先忙，注意安全。我晚一点再打给您，大概什么时间合适？',
    ],
  },
  {
    key: 'send-information',
    category: 'information',
    title: '先发资料给我看看',
    keywords: ['发资料', '发微信', '发短信', '发个方案', '发过来'],
    rebuttals: [
      '可以的。为了发给您的内容有用，我先确认两个信息，这样发过去的就是您自己的方案，而不是一份通用资料。',
      '好的，我马上发到您手机。您看完大概需要多久？明天这个时间我给您回个电话，把看不懂的地方帮您讲清楚。',
    ],
  },
  {
    key: 'think-it-over',
    category: 'timing',
    title: '我再考虑考虑',
    keywords: ['考虑', '想一想', '再说', '过几天'],
    rebuttals: [
      '应该的，这也不是小事。您主要是在犹豫价格、保障，还是别的方面？说出来我帮您一起分析。',
      '好的。这份报价有效期到本周末，考虑清楚后随时打给我；我也会在后天跟您确认一下。',
    ],
  },
  {
    key: 'ask-family',
    category: 'decision',
    title: '要和家人商量',
    keywords: ['家人', '老婆', '老公', '商量', '做不了主'],
    rebuttals: [
      '家里的事一起商量是对的。您觉得家人最关心的会是哪一点？我把这部分整理清楚，方便您跟家人说。',
      '要不约个您和家人都在的时间，我电话里三分钟讲清楚，省得您转述。',
    ],
  },
  {
    key: 'cheaper-elsewhere',
    category: 'competitor',
    title: '别家更便宜',
    keywords: ['别家', '便宜', '比价', '其他公司', '更低'],
    rebuttals: [
      '能把对方的报价给我看一下吗？我们逐项对比保额和险种，只要保障一样，我们的价格一样有竞争力。',
      '价格低有时是少了保障或者服务。出险时谁来帮您跑理赔、多久能到账，这些也值得一起比。',
    ],
  },
  {
    key: 'phone-trust',
    category: 'trust',
    title: '电话里不放心，怕是骗子',
    keywords: ['骗子', '诈骗', '不放心', '不靠谱', '怎么证明'],
    rebuttals: [
      '您的警惕是对的。我们不会在电话里让您转账，付款都通过官方渠道，您可以拨打官方客服核实我的工号。',
      '您可以先不做任何决定，我把公司信息和我的联系方式发给您，您核实后再联系我。',
    ],
  },
  {
    key: 'how-got-number',
    category: 'trust',
    title: '你怎么有我电话',
    keywords: ['号码', '电话哪来的', '信息泄露', '隐私'],
    rebuttals: [
      '理解您的顾虑。您的号码来自您之前的投保或咨询记录，我们只用来提醒续保和服务，不会转给别人。',
      '如果您不希望再接到我们的电话，我可以马上帮您登记，之后不再打扰。',
    ],
  },
  {
    key: 'no-claims-no-need',
    category: 'need',
    industries: ['car-insurance'],
    title: '去年没出险，不用保那么多',
    keywords: ['没出险', '用不上', '保那么多', '附加险没用'],
    rebuttals: [
      '没出险是您开车稳，这也是今年能拿到优惠的原因。但保险保的是万一，一次严重事故的人伤赔偿可能上百万，三者险保额够高才安心。',
      '附加险花钱不多，管的都是常见的小麻烦，比如划痕、玻璃单独破碎，真用上一次就回本了。',
    ],
  },
  {
    key: 'compulsory-only',
    category: 'need',
    industries: ['car-insurance'],
    title: '只买交强险就够了',
    keywords: ['交强险', '只买交强', '商业险不要'],
    rebuttals: [
      '交强险的赔偿上限很低，撞到豪车或者有人受伤，超出的部分都得自己赔。三者险才是真正替您扛风险的。',
      '自己的车坏了交强险也不管。车损险加上三者险，才算是把人、车、钱都保住了。',
    ],
  },
  {
    key: 'selling-car',
    category: 'need',
    industries: ['car-insurance'],
    title: '车要卖了，换车',
    keywords: ['卖车', '换车', '不开了', '过户'],
    rebuttals: [
      '好的，那新车的保险也可以找我。请问大概什么时候提车？我提前帮您把新车报价准备好。',
      '卖车前这段时间车还在路上跑，也需要保障；保险可以随车过户或者退保，不会浪费。',
    ],
  },
  {
    key: 'claims-hassle',
    category: 'trust',
    industries: ['car-insurance'],
    title: '理赔太麻烦',
    keywords: ['理赔', '赔钱难', '拒赔', '麻烦'],
    rebuttals: [
      '理赔的体验我特别理解。出险时第一时间打我电话，我帮您对接查勘、准备材料，全程跟进到赔款到账。',
      '小额案件现在可以线上拍照定损，资料齐全一般几天就能到账，比以前省事很多。',
    ],
  },
  {
    key: 'dealer-renewal',
    category: 'competitor',
    industries: ['car-insurance'],
    title: '4S店续保送保养',
    keywords: ['4S店', '送保养', '店里续', '赠品'],
    rebuttals: [
      '送的保养其实已经算在保费里了。您可以把4S店的报价单和我的对比一下，看扣掉赠品后谁更划算。',
      '在我这里续保不影响您回4S店维修保养，出险后照样可以去4S店修。',
    ],
  },
  {
    key: 'house-not-ready',
    category: 'timing',
    industries: ['home-renovation'],
    title: '还没交房，不着急',
    keywords: ['没交房', '没拿钥匙', '不着急', '还早'],
    rebuttals: [
      '提前规划正好：设计和报价一般要两三周，等交房再找就要排队了。现在先把方案定好，拿到钥匙就能开工。',
      '可以先来展厅看看材料和样板间，不用马上签，心里有数等交房时不慌。',
    ],
  },
  {
    key: 'budget-too-small',
    category: 'price',
    industries: ['home-renovation'],
    title: '预算不够',
    keywords: ['预算', '钱不够', '超预算', '便宜的'],
    rebuttals: [
      '预算多少都能做，关键是钱花在刀刃上。您告诉我预算上限，设计师按这个数给您出方案，先保水电和防水这些看不见的地方。',
      '也可以分步装：先做厨卫这些必须的，软装和家具以后再添，总价一下就降下来了。',
    ],
  },
  {
    key: 'own-crew',
    category: 'competitor',
    industries: ['home-renovation'],
    title: '自己找工长更便宜',
    keywords: ['工长', '施工队', '自己装', '包工头', '游击队'],
    rebuttals: [
      '自己找工长单价可能低一点，但材料、工期、质保都要您自己盯。我们合同写明工期和保修年限，出了问题有人负责。',
      '您可以拿工长的报价来，我们逐项对一对：水电按实际还是按面积算、防水刷几遍，往往差在这些细节上。',
    ],
  },
  {
    key: 'hidden-costs',
    category: 'trust',
    industries: ['home-renovation'],
    title: '怕装修增项被坑',
    keywords: ['增项', '被坑', '加价', '追加', '预算超'],
    rebuttals: [
      '这个担心很常见。我们的报价逐项列明材料品牌和工程量，签约时写进合同，合同外的增项必须您签字确认才施工。',
      '量房后给您的是明细报价，不是一个总价，您可以拿着去任何一家对比。',
    ],
  },
  {
    key: 'no-home-visit',
    category: 'information',
    industries: ['home-renovation'],
    title: '不需要上门量房',
    keywords: ['量房', '上门', '不用来', '户型图'],
    rebuttals: [
      '量房是免费的，也不需要您当场决定。没有实际尺寸的报价只能估个大概，量完的报价才准。',
      '如果您不方便在家，先发一张户型图给我，设计师先出个初步布局，您看着满意再约量房。',
    ],
  },
  {
    key: 'already-have-company',
    category: 'competitor',
    industries: ['home-renovation'],
    title: '已经找好装修公司了',
    keywords: ['找好了', '签了', '定了别家', '有公司了'],
    rebuttals: [
      '那挺好的。合同签了吗？如果还没签，我们可以免费给您做一份对比报价，多一个参考心里更踏实。',
      '好的，祝您装修顺利。以后软装、家电或者局部翻新需要帮忙，随时找我。',
    ],
  },
  {
    key: 'maybe-next-year',
    category: 'timing',
    title: '以后再说，明年再弄',
    keywords: ['以后', '明年', '过段时间', '不急'],
    rebuttals: [
      '好的，那我记下来。方便说一下大概什么时候考虑吗？到时候我带着最新的优惠再联系您。',
      '现在了解清楚不吃亏，等真正需要时就不用临时抱佛脚了。我先给您留一份资料？',
    ],
  },
  {
    key: 'stop-calling',
    category: 'optOut',
    title: '不要再打了',
    keywords: ['别打了', '拉黑', '投诉', '免打扰', '骚扰'],
    rebuttals: ['非常抱歉打扰您了。我马上把您的号码加入免打扰名单，之后不会再有电话。', '好的，已经为您登记。祝您生活愉快，再见。'],
  },
];
