// The Simplified Chinese catalogue, merged from the domain files in ../messages.
import { catalog } from '../catalog';

export default catalog['zh-CN'];
