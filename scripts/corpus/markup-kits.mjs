// Record pages in class-based kits: a Tailwind/shadcn-style app with lucide
// icons and no labels, Salesforce Lightning Design System markup (after its
// record-home, page-header, form-element and timeline blueprints) and Bootstrap 5.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const lucideDir = join(dirname(require.resolve('lucide-static/package.json')), 'icons');
const icon = (name) =>
  readFileSync(join(lucideDir, `${name}.svg`), 'utf8')
    .replace(/<!--.*?-->/s, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);
const zh = (record) => record.region === 'CN';
const telHref = (phone) => `tel:${phone.e164.replace(';ext=', ',')}`;

/** shadcn-style: name as a styled div beside an avatar, `<icon/><div><span>number</span><span>Work</span></div>`, no field labels. */
export function tailwindPage(record) {
  const cn = zh(record);
  const navItems = (cn ? ['首页', '客户', '商机', '任务'] : ['Dashboard', 'Contacts', 'Deals', 'Tasks'])
    .map(
      (label) =>
        `<a href="#" class="flex items-center gap-2 rounded-md px-3 py-2 text-sm hover:bg-muted">${icon('users')}<span>${label}</span></a>`,
    )
    .join('');
  const phones = record.phones
    .map(
      (phone) =>
        `<div class="flex items-center gap-2 text-sm">${icon('phone')}<div class="flex gap-2"><span class="font-medium">${escapeHtml(phone.shown)}</span><span class="text-muted-foreground">${escapeHtml(phone.type)}</span></div></div>`,
    )
    .join('');
  const activity = (
    cn
      ? [
          ['message-square', '发送了报价单', '昨天 16:42'],
          ['phone', '电话沟通 12 分钟', '上周五 10:05'],
          ['calendar', '预约到店：下周三 14:00', '3天前'],
        ]
      : [
          ['message-square', 'Sent the pricing deck', 'last Saturday at 5:57 AM'],
          ['phone', 'Call, 12 min: wants a demo for the team', 'Yesterday at 3:30 PM'],
          ['calendar', 'Demo booked for Tue 10:00 AM', '2 days ago'],
        ]
  )
    .map(
      ([name, text, when]) =>
        `<li class="flex gap-3">${icon(name)}<div><p class="text-sm">${escapeHtml(text)}</p><p class="text-xs text-muted-foreground">${escapeHtml(when)}</p></div></li>`,
    )
    .join('');
  return `<div class="flex min-h-screen">
<aside class="w-56 border-r p-4"><div class="mb-6 flex items-center gap-2 text-lg font-semibold">${icon('briefcase')}<span>${escapeHtml(record.app)}</span></div><nav class="grid gap-1">${navItems}</nav></aside>
<div class="flex-1">
<header class="flex h-14 items-center justify-between border-b px-6"><div class="relative">${icon('search')}<input type="search" placeholder="${cn ? '搜索…' : 'Search…'}" class="h-9 rounded-md border pl-8"></div><button class="rounded-full" aria-label="${cn ? '通知' : 'Notifications'}">${icon('bell')}</button></header>
<main class="grid gap-6 p-6 lg:grid-cols-3">
<div class="rounded-xl border bg-card p-6 shadow-sm lg:col-span-1">
<div class="flex items-center gap-4"><span class="relative flex h-14 w-14 shrink-0 overflow-hidden rounded-full"><span class="flex h-full w-full items-center justify-center rounded-full bg-muted">${escapeHtml(record.name.slice(0, 1))}</span></span>
<div><div class="text-2xl font-semibold tracking-tight">${escapeHtml(record.name)}</div><div class="text-sm text-muted-foreground">${escapeHtml(record.jobTitle)}</div></div></div>
<div class="mt-4 flex gap-2"><span class="inline-flex items-center rounded-md border px-2.5 py-0.5 text-xs font-semibold bg-primary text-primary-foreground">${escapeHtml(record.status)}</span></div>
<div class="mt-6 grid gap-3">${phones}
<div class="flex items-center gap-2 text-sm">${icon('mail')}<a href="mailto:${escapeHtml(record.email)}" class="underline-offset-4 hover:underline">${escapeHtml(record.email)}</a></div>
<div class="flex items-center gap-2 text-sm">${icon('building-2')}<a href="/companies/lumen" class="hover:underline">${escapeHtml(record.company)}</a></div>
<div class="flex items-center gap-2 text-sm">${icon('map-pin')}<span>${cn ? '成都市高新区' : 'San Francisco, CA'}</span></div></div></div>
<div class="rounded-xl border bg-card p-6 shadow-sm lg:col-span-2"><h3 class="font-semibold leading-none tracking-tight">${cn ? '动态' : 'Activity'}</h3><ul class="mt-4 grid gap-4">${activity}</ul>
<form class="mt-6 grid gap-2" action="/notes" method="post"><textarea name="note" class="min-h-[80px] rounded-md border px-3 py-2" placeholder="${cn ? '添加备注…' : 'Add a note…'}"></textarea>
<input type="hidden" name="status" value="warm"><input type="hidden" name="contact_phone" value="${escapeHtml(record.phones[0].shown)}">
<div class="flex justify-end"><button type="submit" class="rounded-md bg-primary px-4 py-2 text-sm text-primary-foreground">${cn ? '保存' : 'Save'}</button></div></form></div>
</main></div></div>`;
}

const sldsField = (label, valueHtml) =>
  `<div class="slds-form__item" role="listitem"><div class="slds-form-element slds-form-element_readonly slds-form-element_stacked"><span class="slds-form-element__label">${escapeHtml(label)}</span><div class="slds-form-element__control"><div class="slds-form-element__static">${valueHtml}</div></div></div></div>`;

/** Lightning Design System record home: page header, highlights panel, detail form elements, activity timeline, publisher. */
export function sldsPage(record, variant) {
  const headingAttrs =
    variant === 'role-heading'
      ? `<div role="heading" aria-level="1" class="slds-page-header__title slds-truncate" title="${escapeHtml(record.name)}">${escapeHtml(record.name)}</div>`
      : `<h1><span class="slds-page-header__title slds-truncate" title="${escapeHtml(record.name)}">${escapeHtml(record.name)}</span></h1>`;
  const recordType = variant === 'role-heading' ? 'Lead' : 'Contact';
  const highlights = [
    ['Title', escapeHtml(record.jobTitle)],
    [
      variant === 'role-heading' ? 'Company' : 'Account Name',
      `<a href="/lightning/r/Account/001Dn00000abcXY/view">${escapeHtml(record.company)}</a>`,
    ],
    ['Phone', `<a href="${telHref(record.phones[0])}">${escapeHtml(record.phones[0].shown)}</a>`],
    ['Email', `<a href="mailto:${escapeHtml(record.email)}">${escapeHtml(record.email)}</a>`],
  ]
    .map(
      ([label, value]) =>
        `<li class="slds-page-header__detail-block"><div class="slds-text-title slds-truncate" title="${label}">${label}</div><div class="slds-truncate">${value}</div></li>`,
    )
    .join('');
  const detailFields = [
    ['Name', escapeHtml(record.name)],
    ...record.phones.slice(1).map((phone) => [phone.type, `<a href="${telHref(phone)}">${escapeHtml(phone.shown)}</a>`]),
    [variant === 'role-heading' ? 'Lead Status' : 'Status', escapeHtml(record.status)],
    ...Object.entries(record.fields).map(([label, value]) => [label, escapeHtml(value)]),
    ['Contact Owner', '<a href="/lightning/r/User/005Dn00000xyz/view">Alex Chen</a>'],
  ]
    .map(([label, value]) => sldsField(label, value))
    .join('');
  const timeline = [
    ['call', 'Call', 'Left a voicemail about the renewal', 'last Saturday at 5:57 AM'],
    ['email', 'Email', 'Re: quote for next year', 'Yesterday | 4:12 PM'],
    ['task', 'Task', 'Follow up: send the comparison', 'Today'],
  ]
    .map(
      ([kind, type, subject, when]) =>
        `<li><div class="slds-timeline__item_expandable slds-timeline__item_${kind}"><span class="slds-assistive-text">${type}</span><div class="slds-media"><div class="slds-media__figure"><div class="slds-icon_container slds-icon-standard-${kind} slds-timeline__icon" title="${kind}"><svg class="slds-icon slds-icon_small" aria-hidden="true"><use xlink:href="/assets/icons/standard-sprite/svg/symbols.svg#${kind}"></use></svg></div></div><div class="slds-media__body"><div class="slds-grid slds-grid_align-spread slds-timeline__trigger"><h3 class="slds-truncate" title="${subject}"><a href="#"><strong>${subject}</strong></a></h3><div class="slds-timeline__actions"><p class="slds-timeline__date">${when}</p></div></div><p class="slds-m-horizontal_xx-small">You logged a ${type.toLowerCase()} with <a href="#">${escapeHtml(record.name)}</a></p></div></div></div></li>`,
    )
    .join('');
  return `<div class="slds-context-bar"><div class="slds-context-bar__primary"><div class="slds-context-bar__item slds-no-hover"><span class="slds-context-bar__label-action slds-context-bar__app-name"><span class="slds-truncate" title="${escapeHtml(record.app)}">${escapeHtml(record.app)}</span></span></div></div>
<nav class="slds-context-bar__secondary" role="navigation"><ul class="slds-grid"><li class="slds-context-bar__item"><a href="#" class="slds-context-bar__label-action" title="Home"><span class="slds-truncate">Home</span></a></li><li class="slds-context-bar__item slds-is-active"><a href="#" class="slds-context-bar__label-action" title="${recordType}s"><span class="slds-truncate">${recordType}s</span></a></li><li class="slds-context-bar__item"><a href="#" class="slds-context-bar__label-action" title="Accounts"><span class="slds-truncate">Accounts</span></a></li><li class="slds-context-bar__item"><a href="#" class="slds-context-bar__label-action" title="Reports"><span class="slds-truncate">Reports</span></a></li></ul></nav></div>
<div class="slds-page-header slds-page-header_record-home"><div class="slds-page-header__row"><div class="slds-page-header__col-title"><div class="slds-media"><div class="slds-media__figure"><span class="slds-icon_container slds-icon-standard-${recordType.toLowerCase()}" title="${recordType.toLowerCase()}"><svg class="slds-icon slds-page-header__icon" aria-hidden="true"><use xlink:href="/assets/icons/standard-sprite/svg/symbols.svg#${recordType.toLowerCase()}"></use></svg></span></div><div class="slds-media__body"><div class="slds-page-header__name"><div class="slds-page-header__name-title"><span>${recordType}</span>${headingAttrs}</div></div></div></div></div>
<div class="slds-page-header__col-actions"><ul class="slds-button-group-list"><li><button class="slds-button slds-button_neutral">Follow</button></li><li><button class="slds-button slds-button_neutral">Edit</button></li><li><button class="slds-button slds-button_neutral">New Case</button></li></ul></div></div>
<div class="slds-page-header__row slds-page-header__row_gutters"><div class="slds-page-header__col-details"><ul class="slds-page-header__detail-row">${highlights}</ul></div></div></div>
<div class="slds-grid slds-gutters"><div class="slds-col slds-size_2-of-3"><article class="slds-card"><div class="slds-card__header"><h2 class="slds-card__header-title">Details</h2></div><div class="slds-card__body slds-card__body_inner"><div class="slds-form" role="list">${detailFields}</div></div></article></div>
<div class="slds-col slds-size_1-of-3"><article class="slds-card"><div class="slds-card__header"><h2 class="slds-card__header-title">Activity</h2></div><div class="slds-card__body slds-card__body_inner">
<div class="slds-publisher"><form><label for="publisher-subject" class="slds-form-element__label">Subject</label><input id="publisher-subject" name="Subject" class="slds-input" value="Call"><label for="publisher-comments" class="slds-form-element__label">Comments</label><textarea id="publisher-comments" class="slds-publisher__input slds-textarea" placeholder="Log a call…"></textarea><input type="hidden" name="Status" value="Completed"><button type="submit" class="slds-button slds-button_brand">Save</button></form></div>
<ul class="slds-timeline">${timeline}</ul></div></article></div></div>`;
}

/** Bootstrap 5: navbar brand, the name only in the breadcrumb and an h3, dl rows, phones in a table with a Type column. */
export function bootstrapPage(record) {
  const cn = zh(record);
  const nav = (cn ? ['首页', '客户', '合同', '统计'] : ['Dashboard', 'Contacts', 'Companies', 'Reports'])
    .map((label, index) => `<li class="nav-item"><a class="nav-link${index === 1 ? ' active' : ''}" href="#">${label}</a></li>`)
    .join('');
  const phoneRows = record.phones
    .map((phone) => `<tr><td>${escapeHtml(phone.type)}</td><td><a href="${telHref(phone)}">${escapeHtml(phone.shown)}</a></td></tr>`)
    .join('');
  const statusColour = 'bg-success';
  const dl = [
    [cn ? '公司' : 'Company', `<a href="/companies/118">${escapeHtml(record.company)}</a>`],
    [cn ? '职务' : 'Title', escapeHtml(record.jobTitle)],
    [cn ? '电子邮件' : 'Email', `<a href="mailto:${escapeHtml(record.email)}">${escapeHtml(record.email)}</a>`],
    [cn ? '状态' : 'Status', `<span class="badge ${statusColour}">${escapeHtml(record.status)}</span>`],
    ...Object.entries(record.fields).map(([label, value]) => [label, escapeHtml(value)]),
  ]
    .map(([label, value]) => `<dt class="col-sm-4">${label}</dt><dd class="col-sm-8">${value}</dd>`)
    .join('');
  const activity = (
    cn
      ? [
          ['电话回访，客户确认续约意向', '2小时前'],
          ['上周六 17:57 发送合同', '5天前'],
          ['备注：财务周一到周五 9:00-17:00 在岗', '1周前'],
        ]
      : [
          ['Called about the renewal, wants a callback', '2 hours ago'],
          ['Sent invoice #4411 on last Saturday at 5:57 AM', '5 days ago'],
          ['Note: front desk open 8:00-5:00, ask for Sam', '1 week ago'],
        ]
  )
    .map(
      ([text, when]) =>
        `<li class="list-group-item d-flex justify-content-between"><span>${escapeHtml(text)}</span><small class="text-body-secondary">${escapeHtml(when)}</small></li>`,
    )
    .join('');
  return `<nav class="navbar navbar-expand-lg bg-body-tertiary"><div class="container-fluid"><a class="navbar-brand" href="#">${escapeHtml(record.app)}</a><ul class="navbar-nav me-auto">${nav}</ul><form class="d-flex" role="search"><input class="form-control me-2" type="search" placeholder="${cn ? '搜索' : 'Search'}" aria-label="${cn ? '搜索' : 'Search'}"><button class="btn btn-outline-success" type="submit">${cn ? '搜索' : 'Search'}</button></form></div></nav>
<div class="container py-4"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="#">${cn ? '客户' : 'Contacts'}</a></li><li class="breadcrumb-item active" aria-current="page">${escapeHtml(record.name)}</li></ol></nav>
<div class="row g-4"><div class="col-md-7"><div class="card"><div class="card-header">${cn ? '客户资料' : 'Contact details'}</div><div class="card-body"><h3 class="card-title">${escapeHtml(record.name)}</h3><dl class="row">${dl}</dl>
<h6>${cn ? '电话' : 'Phone numbers'}</h6><table class="table table-sm"><thead><tr><th>${cn ? '类型' : 'Type'}</th><th>${cn ? '号码' : 'Number'}</th></tr></thead><tbody>${phoneRows}</tbody></table></div></div></div>
<div class="col-md-5"><div class="card"><div class="card-header">${cn ? '最近动态' : 'Recent activity'}</div><ul class="list-group list-group-flush">${activity}</ul></div>
<div class="card mt-3"><div class="card-body"><h5 class="card-title">${cn ? '新建跟进' : 'Log an activity'}</h5><form><div class="mb-3"><label for="activity-type" class="form-label">${cn ? '状态' : 'Status'}</label><select id="activity-type" name="status" class="form-select"><option value="">${cn ? '请选择' : 'Choose…'}</option><option value="warm">${cn ? '有意向' : 'Warm'}</option></select></div><div class="mb-3"><label for="activity-note" class="form-label">${cn ? '内容' : 'Notes'}</label><textarea id="activity-note" class="form-control" rows="3"></textarea></div><button type="submit" class="btn btn-primary">${cn ? '提交' : 'Save'}</button></form></div></div></div></div></div>`;
}
