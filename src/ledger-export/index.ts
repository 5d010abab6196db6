export { exportCsv } from './export-csv.ts';
export { exportXlsx } from './export-xlsx.ts';
export { exportYaml } from './export-yaml.ts';
