import { PersonSearch, type PickerProps } from '../../kernel/PersonSearch.js';
import { squadsApi } from './squads.api.js';

export { PersonPicker } from '../../kernel/PersonSearch.js';

/** Pick a young cadre who may join this squad (the squad's organisation; the ineligible and those in another squad are shown disabled). */
export function CandidatePicker(props: PickerProps & { squadId: number }) {
  const { squadId, ...rest } = props;
  return (
    <PersonSearch
      {...rest}
      queryKey={['squads', 'candidates', squadId]}
      search={(q) => squadsApi.candidates(squadId, q)}
      option={(p) => ({
        value: p.id,
        disabled: !p.eligible || !!p.activeSquad,
        label: `${p.name} · ${p.age}岁 · ${p.unit ?? p.orgName}${p.activeSquad ? ` · ${p.activeSquad.name}` : ''}`,
      })}
    />
  );
}
