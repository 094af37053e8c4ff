import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { LauncherProfile } from '../kubevirt/versions.js';
import type { Vmi } from '../model/vmi.js';

/** What every validation rule sees: the VMI, the options that change meaning, the sink for diagnostics. */
export interface RuleContext {
  vmi: Vmi;
  diags: Diagnostics;
  /** the binding plugin name treated as vDPA (`binding: {name: vdpa}`) */
  vdpaBindingName: string;
  /** the virt-launcher modelled (--kubevirt-version) */
  launcher: LauncherProfile;
}

export type Rule = (ctx: RuleContext) => void;
