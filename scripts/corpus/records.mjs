// The customers shown on the corpus pages, and what a reader should find on
// each page. Phones carry their E.164 form (written by hand, with the
// extension after ";ext=") so the test never scores the normaliser against itself.

/** @typedef {{ shown: string, type: string, e164: string }} Phone */

export const records = {
  'antd-contact': {
    kit: 'antd',
    region: 'US',
    app: 'Northwind CRM',
    name: 'Marisol Vega',
    jobTitle: 'Procurement Manager',
    company: 'Harborline Logistics',
    status: 'Negotiation',
    email: 'marisol.vega@harborline.example',
    phones: [
      { shown: '(474) 620-4293 x796', type: 'Work', e164: '+14746204293;ext=796' },
      { shown: '606-623-1809', type: 'Mobile', e164: '+16066231809' },
    ],
    fields: { 'Lead source': 'Trade show', 'Annual revenue': '$4,200,000', Territory: 'Pacific Northwest' },
  },
  'antd-zh': {
    kit: 'antd',
    region: 'CN',
    app: '云销客',
    name: '林晓峰',
    jobTitle: '采购总监',
    company: '杭州恒远贸易有限公司',
    status: '意向客户',
    email: 'lin.xf@hengyuan.example.cn',
    phones: [
      { shown: '138 1234 5678', type: '手机', e164: '+8613812345678' },
      { shown: '0571-8765 4321 转 802', type: '座机', e164: '+8657187654321;ext=802' },
    ],
    fields: { 客户来源: '展会', 所在城市: '杭州', 客户等级: 'A类' },
  },
  'element-plus-zh': {
    kit: 'element-plus',
    region: 'CN',
    app: '易客CRM',
    name: '周婉婷',
    jobTitle: '行政经理',
    company: '深圳市华晨装饰工程有限公司',
    status: '跟进中',
    email: 'zhouwt@huachen.example.cn',
    phones: [
      { shown: '139-2288-6601', type: '手机', e164: '+8613922886601' },
      { shown: '0755-2661 8890', type: '办公', e164: '+8675526618890' },
    ],
    fields: { 装修面积: '128平方米', 预算: '25万元', 小区名称: '华润城润府' },
  },
  'element-plus-en': {
    kit: 'element-plus',
    region: 'US',
    app: 'LeadDesk',
    name: 'Trevor Okafor',
    jobTitle: 'Facilities Director',
    company: 'Granite Peak Schools',
    status: 'Contacted',
    email: 'tokafor@granitepeak.example.org',
    phones: [
      { shown: '+1 (720) 555-0148', type: 'Work', e164: '+17205550148' },
      { shown: '720.555.0193 ext. 12', type: 'Fax', e164: '+17205550193;ext=12' },
    ],
    fields: { 'Policy number': 'GP-2231-7781', 'Renewal date': '2027-03-01', Industry: 'Education' },
  },
  'mui-lead': {
    kit: 'mui',
    region: 'US',
    app: 'Pipeline Pro',
    name: 'Danielle Whitaker',
    jobTitle: 'VP Operations',
    company: 'Brightwater Dental Group',
    status: 'Qualified',
    email: 'd.whitaker@brightwater.example',
    phones: [
      { shown: '606-623-1809', type: 'Work', e164: '+16066231809' },
      { shown: '(859) 402-7713', type: 'Mobile', e164: '+18594027713' },
      { shown: '(859) 402-7700 x204', type: 'Home', e164: '+18594027700;ext=204' },
    ],
    fields: { 'Deal size': '$18,500', 'Next step': 'Send proposal' },
  },
  'mui-zh': {
    kit: 'mui',
    region: 'CN',
    app: '车险续保助手',
    name: '王建国',
    jobTitle: '车主',
    company: '',
    status: '待续保',
    email: '',
    phones: [{ shown: '+86 186-0101-2345', type: '手机', e164: '+8618601012345' }],
    fields: { 车牌号: '京A·8K2Q1', 车型: '大众帕萨特 2021款', 保险到期: '2027-01-15', 上年保费: '¥4,860' },
  },
  'tailwind-shadcn': {
    kit: 'tailwind',
    region: 'US',
    app: 'Closewise',
    name: 'Priya Raman',
    jobTitle: 'Head of Growth',
    company: 'Lumen Analytics',
    status: 'Demo booked',
    email: 'priya@lumen-analytics.example',
    phones: [
      { shown: '606-623-1809', type: 'Work', e164: '+16066231809' },
      { shown: '(415) 555-0132', type: 'Mobile', e164: '+14155550132' },
    ],
    fields: {},
  },
  'tailwind-zh': {
    kit: 'tailwind',
    region: 'CN',
    app: '销氪',
    name: '陈思远',
    jobTitle: '总经理',
    company: '成都蓉城家居有限公司',
    status: '已报价',
    email: 'chensy@rongcheng.example.cn',
    phones: [
      { shown: '186 8123 4567', type: '手机', e164: '+8618681234567' },
      { shown: '028-8554 1200 分机 6', type: '座机', e164: '+862885541200;ext=6' },
    ],
    fields: {},
  },
  'slds-contact': {
    kit: 'slds',
    region: 'US',
    app: 'Sales',
    name: 'Jonathan Mercer',
    jobTitle: 'CFO',
    company: 'Cobalt Ridge Insurance',
    status: 'Working',
    email: 'jmercer@cobaltridge.example',
    phones: [
      { shown: '(312) 555-0187', type: 'Phone', e164: '+13125550187' },
      { shown: '(312) 555-0166', type: 'Mobile', e164: '+13125550166' },
    ],
    fields: { 'Lead Source': 'Web', 'Mailing City': 'Chicago', Department: 'Finance' },
  },
  'slds-lead': {
    kit: 'slds',
    region: 'US',
    app: 'Sales Console',
    name: 'Keiko Tanaka',
    jobTitle: 'Owner',
    company: 'Tanaka Home Remodeling',
    status: 'Open - Not Contacted',
    email: 'keiko@tanakaremodel.example',
    phones: [{ shown: '(206) 555-0119 x33', type: 'Phone', e164: '+12065550119;ext=33' }],
    fields: { Rating: 'Warm', 'No. of Employees': '12', 'Project type': 'Kitchen' },
  },
  'bootstrap-contact': {
    kit: 'bootstrap',
    region: 'US',
    app: 'AcmeCRM',
    name: 'Samuel Brooks',
    jobTitle: 'Office Manager',
    company: 'Redwood Family Dentistry',
    status: 'Customer',
    email: 'sbrooks@redwooddental.example',
    phones: [
      { shown: '(707) 555-0124', type: 'Work', e164: '+17075550124' },
      { shown: '(707) 555-0150', type: 'Home', e164: '+17075550150' },
      { shown: '(707) 555-0101 x15', type: 'Fax', e164: '+17075550101;ext=15' },
    ],
    fields: { 'Customer since': '2019', 'Preferred contact time': 'Mornings' },
  },
  'bootstrap-zh': {
    kit: 'bootstrap',
    region: 'CN',
    app: '客户管理系统',
    name: '赵丽娜',
    jobTitle: '财务主管',
    company: '北京中科锐达科技有限公司',
    status: '已成交',
    email: 'zhaolina@ruida.example.cn',
    phones: [
      { shown: '+86 135 0011 2233', type: '手机', e164: '+8613500112233' },
      { shown: '010-6552 9988', type: '办公', e164: '+861065529988' },
    ],
    fields: { 所属行业: '软件', 客户来源: '转介绍', 合同金额: '¥86,000' },
  },
};

/**
 * Labelled fields each kit's page shows besides the record's own custom fields
 * (job title and owner, under the labels that page uses): a reader should list them too.
 */
function labelledExtras(record) {
  const cn = record.region === 'CN';
  switch (record.kit) {
    case 'antd':
      return cn ? { 职位: record.jobTitle, 负责人: '李明' } : { 'Job title': record.jobTitle, Owner: 'Alex Chen' };
    case 'element-plus':
      return cn ? { 职位: record.jobTitle, 负责人: '刘洋' } : { 'Job title': record.jobTitle, Owner: 'Alex Chen' };
    case 'slds':
      return { Title: record.jobTitle, 'Contact Owner': 'Alex Chen' };
    case 'bootstrap':
      return cn ? { 职务: record.jobTitle } : { Title: record.jobTitle };
    default:
      return {}; // MUI and Tailwind pages show the job title without a label
  }
}

/** What a reader should find on the page (the test's ground truth). */
export function expectedOf(record, extra = {}) {
  return {
    kit: record.kit,
    region: record.region,
    name: record.name,
    company: record.company || undefined,
    status: record.status,
    phones: record.phones.map((phone) => phone.e164),
    emails: record.email ? [record.email] : [],
    fields: extra.fields ?? { ...record.fields, ...labelledExtras(record) },
  };
}
