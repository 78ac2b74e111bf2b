import type { formatsEn } from '../en/formats';

// 任何通过 lib/formats/envelope.ts 读取的 Callside 文件被拒绝的原因。
export const formatsZh: Record<keyof typeof formatsEn, string> = {
  'file.error.too-large': '文件大小为 {size} MB，此类文件最大为 {limit} MB。',
  'file.error.empty': '文件是空的。',
  'file.error.not-json': '文件不是 JSON，或者不完整（{detail}）。',
  'file.error.csv': '文件看起来是表格（CSV）导出，而不是 Callside 的 JSON 文件。',
  'file.error.unsafe-key': '文件包含名为 "{key}" 的键，Callside 从不写入这种键；出于安全考虑已拒绝。',
  'file.error.wrong-format': '这不是此类 Callside 文件：其格式为 "{format}"，应为 "{expected}"。',
  'file.error.newer-version':
    '文件版本为 {version}，由更新版本的 Callside 生成。请更新 Callside 后再读取（当前版本最高读取版本 {newest}）。',
  'file.error.unknown-version': '文件版本为 {version}，当前 Callside 无法读取（最高读取版本 {newest}）。',
  'file.error.invalid': '文件在 {field} 处内容无效：{detail}',
};
