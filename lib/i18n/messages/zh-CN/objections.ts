import type { objectionsEn } from '../en/objections';

// Typed against the English keys: a missing translation fails typecheck.
export const objectionsZh: Record<keyof typeof objectionsEn, string> = {
  'objectionFile.export': '导出异议库',
  'objectionFile.import': '导入异议库',
  'objectionFile.imported': '已导入 {added} 条新异议，更新 {updated} 条（{language}）。',
  'objectionFile.importFailed': '未导入，没有任何更改：{error}',
};
