// Element Plus record pages. Element Plus renders a select's label only in the
// browser, so these pages are mounted in Chromium (Vue + Element Plus builds
// from node_modules) and their DOM is saved as the user would see it.
// The function below is serialised and run in the page: it must be self-contained.

/* global Vue, ElementPlus */
export function mountElementPlusRecord(record, variant) {
  const { createApp, h } = Vue;
  const El = ElementPlus;
  const cn = record.region === 'CN';
  const phoneLink = (phone) => h('a', { href: `tel:${phone.e164.replace(';ext=', ',')}` }, phone.shown);
  const statusView =
    variant === 'select'
      ? h(El.ElSelect, { modelValue: record.status, style: 'width:180px' }, () =>
          [record.status, cn ? '已流失' : 'Unqualified'].map((value) => h(El.ElOption, { value, label: value })),
        )
      : h(El.ElTag, { type: 'success' }, () => record.status);
  const items = [
    [cn ? '客户名称' : 'Company', () => h('a', { href: '/customers/882' }, record.company)],
    [cn ? '职位' : 'Job title', () => record.jobTitle],
    ...record.phones.map((phone) => [cn ? phone.type : `${phone.type} phone`, () => phoneLink(phone)]),
    [cn ? '邮箱' : 'Email', () => h('a', { href: `mailto:${record.email}` }, record.email)],
    ...Object.entries(record.fields).map(([label, value]) => [label, () => value]),
    [cn ? '负责人' : 'Owner', () => (cn ? '刘洋' : 'Alex Chen')],
  ];
  const details = h(El.ElDescriptions, { border: true, column: 2, title: cn ? '基本资料' : 'Overview' }, () =>
    items.map(([label, content]) => h(El.ElDescriptionsItem, { label }, content)),
  );
  // Status sits under its own heading with an empty divider between them (a common layout).
  const statusBlock = h('div', { class: 'status-block' }, [
    h('h4', { class: 'block-title' }, cn ? '状态' : 'Status'),
    h(El.ElDivider),
    statusView,
  ]);
  const timeline = h(El.ElTimeline, null, () =>
    (cn
      ? [
          ['电话沟通，客户在比较两家报价', '昨天 14:30'],
          ['上门量房：客厅和主卧', '3天前 09:15'],
          ['发送效果图', '上周六 17:57'],
        ]
      : [
          ['Call: asked about the renewal window', 'last Saturday at 5:57 AM'],
          ['Email sent: updated quote', 'Yesterday at 2:30 PM'],
          ['Meeting: walk-through of the proposal', '3 days ago'],
        ]
    ).map(([text, timestamp]) => h(El.ElTimelineItem, { timestamp }, () => text)),
  );
  const noteForm = h(El.ElForm, { labelPosition: 'top', class: 'note-form' }, () => [
    h('input', { type: 'hidden', name: 'status', value: 'warm' }),
    h(El.ElFormItem, { label: cn ? '跟进内容' : 'New note' }, () => h(El.ElInput, { type: 'textarea', rows: 3, modelValue: '' })),
    h(El.ElFormItem, { label: cn ? '下次联系' : 'Next contact' }, () =>
      h(El.ElDatePicker, { modelValue: '', placeholder: cn ? '选择日期' : 'Pick a day' }),
    ),
    h(El.ElButton, { type: 'primary', nativeType: 'submit' }, () => (cn ? '提交' : 'Add note')),
  ]);
  const menu = h(El.ElMenu, { mode: 'vertical', defaultActive: '2' }, () =>
    (cn ? ['工作台', '线索', '客户', '合同', '设置'] : ['Dashboard', 'Leads', 'Accounts', 'Contracts', 'Settings']).map((label, index) =>
      h(El.ElMenuItem, { index: String(index) }, () => label),
    ),
  );
  const header =
    variant === 'select'
      ? h('div', { class: 'record-head' }, [
          h(El.ElAvatar, { size: 48 }, () => record.name.slice(0, 1)),
          h('h2', { class: 'record-name' }, record.name),
          h('span', { class: 'record-sub' }, record.jobTitle),
        ])
      : h('div', { class: 'record-head' }, [
          h(El.ElBreadcrumb, null, () => [
            h(El.ElBreadcrumbItem, null, () => (cn ? '客户' : 'Accounts')),
            h(El.ElBreadcrumbItem, null, () => record.name),
          ]),
          h('h3', { class: 'record-name' }, record.name),
        ]);
  const app = createApp({
    render: () =>
      h(El.ElContainer, null, () => [
        h(El.ElHeader, null, () => h('div', { class: 'brand' }, [h('h1', { class: 'brand-name' }, record.app)])),
        h(El.ElContainer, null, () => [
          h(El.ElAside, { width: '200px' }, () => menu),
          h(El.ElMain, null, () => [
            h(El.ElCard, null, () => [header, statusBlock]),
            h(El.ElCard, null, () => details),
            h(El.ElCard, null, { header: () => h('span', null, cn ? '跟进记录' : 'Activity'), default: () => timeline }),
            h(El.ElCard, null, () => noteForm),
          ]),
        ]),
      ]),
  });
  app.use(El);
  app.mount('#app');
}
