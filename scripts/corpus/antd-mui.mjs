// Record pages built with Ant Design and MUI components, rendered on the server
// exactly as the kits render them. Plain createElement (no JSX, no build step).

import {
  AppBar,
  Box,
  Chip,
  Divider,
  Link,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Button as MuiButton,
  Typography as MuiTypography,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Toolbar,
} from '@mui/material';
import { Avatar, Breadcrumb, Button, Card, Descriptions, Form, Input, Layout, Menu, Select, Space, Tag, Timeline, Typography } from 'antd';
import { createElement as h } from 'react';

const zh = (record) => record.region === 'CN';

function antdNote(record) {
  const cn = zh(record);
  return h(
    Card,
    { title: cn ? '写跟进' : 'Add a note', size: 'small' },
    h(
      'form',
      { className: 'ant-form ant-form-vertical', action: '/notes', method: 'post' },
      h('input', { type: 'hidden', name: 'status', value: 'warm' }),
      h(
        Form.Item,
        { label: cn ? '跟进内容' : 'Note' },
        h(Input.TextArea, { rows: 3, name: 'body', placeholder: cn ? '记录本次沟通…' : 'What happened?' }),
      ),
      h(
        Form.Item,
        { label: cn ? '跟进方式' : 'Type' },
        h(Select, {
          value: 'call',
          options: [
            { value: 'call', label: cn ? '电话' : 'Call' },
            { value: 'visit', label: cn ? '拜访' : 'Visit' },
          ],
        }),
      ),
      h(Button, { type: 'primary', htmlType: 'submit' }, cn ? '保存' : 'Save note'),
    ),
  );
}

function antdTimeline(record) {
  const cn = zh(record);
  const items = cn
    ? [
        { children: '电话沟通：客户对报价有疑问，约下周二再聊' },
        { children: h('span', null, '昨天 14:30 · 发送了产品资料') },
        { children: '3天前 09:15：首次拜访' },
      ]
    : [
        { children: 'Call: asked for a revised quote, call back Tuesday' },
        { children: h('span', null, 'Emailed pricing sheet · last Saturday at 5:57 AM') },
        { children: 'Meeting on site: 3 days ago at 9:15 AM' },
      ];
  return h(Card, { title: cn ? '跟进记录' : 'Activity', size: 'small' }, h(Timeline, { items }));
}

/** Ant Design: name in an h4 (Typography.Title level 4), Descriptions, company as a link, status as a Tag or a Select. */
export function antdPage(record, variant) {
  const cn = zh(record);
  const phoneItems = record.phones.map((phone, index) => ({
    key: `phone${index}`,
    label: cn ? phone.type : `${phone.type} phone`,
    children: h('a', { href: `tel:${phone.e164.replace(';ext=', ',')}` }, phone.shown),
  }));
  const statusView =
    variant === 'select'
      ? h(Select, {
          value: record.status,
          style: { width: 160 },
          options: [record.status, cn ? '无效客户' : 'Closed lost'].map((value) => ({ value, label: value })),
        })
      : h(Tag, { color: 'blue' }, record.status);
  const details = [
    { key: 'company', label: cn ? '公司名称' : 'Account', children: h('a', { href: '/accounts/7781' }, record.company) },
    { key: 'title', label: cn ? '职位' : 'Job title', children: record.jobTitle },
    ...phoneItems,
    { key: 'email', label: cn ? '邮箱' : 'Email', children: h('a', { href: `mailto:${record.email}` }, record.email) },
    { key: 'status', label: cn ? '客户状态' : 'Status', children: statusView },
    ...Object.entries(record.fields).map(([label, value]) => ({ key: label, label, children: value })),
    { key: 'owner', label: cn ? '负责人' : 'Owner', children: cn ? '李明' : 'Alex Chen' },
  ];
  const nav = (cn ? ['工作台', '线索', '客户', '商机', '报表'] : ['Home', 'Leads', 'Contacts', 'Deals', 'Reports']).map((label, index) => ({
    key: String(index),
    label,
  }));
  const header = cn
    ? // A styled div beside the avatar, no heading at all.
      h(
        Space,
        { size: 16, align: 'center' },
        h(Avatar, { size: 56 }, record.name.slice(0, 1)),
        h(
          'div',
          null,
          h('div', { className: 'customer-name', style: { fontSize: 22, fontWeight: 600 } }, record.name),
          h(Typography.Text, { type: 'secondary' }, `${record.jobTitle} · ${record.company}`),
        ),
      )
    : h(
        Space,
        { size: 16, align: 'center' },
        h(Avatar, { size: 56 }, record.name.slice(0, 1)),
        h(
          'div',
          null,
          h(Typography.Title, { level: 4, style: { margin: 0 } }, record.name),
          h(Typography.Text, { type: 'secondary' }, record.jobTitle, ' at ', h('a', { href: '/accounts/7781' }, record.company)),
        ),
      );
  return h(
    Layout,
    null,
    h(
      Layout.Header,
      null,
      h('div', { className: 'logo' }, h(Typography.Title, { level: 5, style: { color: '#fff', margin: 0 } }, record.app)),
      h(Menu, { mode: 'horizontal', theme: 'dark', items: nav, selectedKeys: ['2'] }),
    ),
    h(
      Layout.Content,
      { style: { padding: 24 } },
      h(Breadcrumb, { items: [{ title: cn ? '客户' : 'Contacts' }, { title: record.name }] }),
      h(Card, null, header),
      h(Card, { title: cn ? '基本信息' : 'Details' }, h(Descriptions, { column: 2, items: details })),
      antdTimeline(record),
      antdNote(record),
    ),
  );
}

const muiIcon = (name) =>
  h(
    'svg',
    { className: 'MuiSvgIcon-root', 'data-testid': `${name}Icon`, viewBox: '0 0 24 24', 'aria-hidden': 'true' },
    h('path', { d: 'M0 0h24v24H0z' }),
  );

/** MUI: the app name in an h6 app bar, the name in an h5, company as a link after "at", phones as list items with a type line. */
export function muiPage(record) {
  const cn = zh(record);
  const phones = h(
    List,
    { dense: true },
    record.phones.map((phone) =>
      h(
        ListItem,
        { key: phone.shown },
        h(ListItemIcon, null, muiIcon('Phone')),
        h(ListItemText, { primary: phone.shown, secondary: phone.type }),
      ),
    ),
  );
  const rows = Object.entries(record.fields).map(([label, value]) =>
    h(TableRow, { key: label }, h(TableCell, { component: 'th', scope: 'row' }, label), h(TableCell, null, value)),
  );
  const timeline = (
    cn
      ? ['上周六 17:57 短信提醒续保', '2天前 10:20 电话未接通', '报价已发送：今天 08:45']
      : [
          'Called, left voicemail · last Saturday at 5:57 AM',
          'Opened the proposal email 2 hours ago',
          'Yesterday at 4:10 PM: discovery call, 25 min',
        ]
  ).map((text) => h(ListItem, { key: text }, h(ListItemText, { primary: text })));
  return h(
    Box,
    null,
    h(
      AppBar,
      { position: 'static' },
      h(
        Toolbar,
        null,
        h(MuiTypography, { variant: 'h6', component: 'h1' }, record.app),
        h(
          Box,
          { component: 'nav' },
          (cn ? ['客户', '任务', '统计'] : ['Leads', 'Tasks', 'Reports']).map((label) =>
            h(MuiButton, { key: label, color: 'inherit', href: `/${label}` }, label),
          ),
        ),
      ),
    ),
    h(
      Box,
      { component: 'main', sx: { p: 3 } },
      h(
        Paper,
        { sx: { p: 2 } },
        h(MuiTypography, { variant: 'h5', component: 'h5' }, record.name),
        h(
          MuiTypography,
          { variant: 'body2', color: 'text.secondary' },
          record.jobTitle,
          ...(record.company ? [' at ', h(Link, { href: '/companies/3321' }, record.company)] : []),
        ),
        h(Stack, { direction: 'row', spacing: 1, sx: { mt: 1 } }, h(Chip, { label: record.status, color: 'primary', size: 'small' })),
      ),
      h(
        Paper,
        { sx: { p: 2, mt: 2 } },
        h(MuiTypography, { variant: 'subtitle1', component: 'h6' }, cn ? '联系方式' : 'Contact info'),
        phones,
        record.email ? h(MuiTypography, null, muiIcon('Email'), h(Link, { href: `mailto:${record.email}` }, record.email)) : null,
      ),
      h(
        Paper,
        { sx: { p: 2, mt: 2 } },
        h(MuiTypography, { variant: 'subtitle1', component: 'h6' }, cn ? '车辆与保单' : 'Deal'),
        h(Table, { size: 'small' }, h(TableBody, null, rows)),
      ),
      h(
        Paper,
        { sx: { p: 2, mt: 2 } },
        h(MuiTypography, { variant: 'subtitle1', component: 'h6' }, cn ? '动态' : 'Timeline'),
        h(List, null, timeline),
      ),
      h(Divider),
      h(
        Paper,
        { component: 'form', sx: { p: 2, mt: 2 } },
        h(MuiTypography, { variant: 'subtitle1', component: 'h6' }, cn ? '新建任务' : 'New task'),
        h('input', { type: 'hidden', name: 'status', value: 'warm' }),
        h(TextField, { label: cn ? '任务标题' : 'Subject', name: 'subject', size: 'small', fullWidth: true }),
        h(TextField, { label: cn ? '备注' : 'Comments', name: 'comments', multiline: true, rows: 3, fullWidth: true }),
        h(TextField, { label: cn ? '联系人电话' : 'Phone', name: 'phone', size: 'small', defaultValue: '' }),
        h(MuiButton, { type: 'submit', variant: 'contained' }, cn ? '创建' : 'Create task'),
      ),
    ),
  );
}
