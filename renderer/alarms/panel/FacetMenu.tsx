/** One filter facet as a button with a menu of ticks: any number of values, "Any" clears them. */
import { Button, Menu, MenuDivider, MenuItem, Popover } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";

export interface FacetOption {
  value: string;
  label: string;
}

interface Props {
  id: string;
  label: string;
  options: readonly FacetOption[];
  chosen: readonly string[];
  onChange: (next: string[]) => void;
}

export function FacetMenu({ id, label, options, chosen, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = (value: string) => onChange(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]);
  return (
    <Popover
      placement="bottom-start"
      content={
        <Menu className="facet-menu" data-testid={`facet-menu-${id}`} aria-label={label}>
          <MenuItem roleStructure="listoption" text={t("panel.facet.clear")} selected={chosen.length === 0} onClick={() => onChange([])} shouldDismissPopover={false} />
          <MenuDivider />
          {options.map((o) => (
            <MenuItem
              key={o.value}
              roleStructure="listoption"
              data-testid={`facet-${id}-${o.value}`}
              text={o.label}
              selected={chosen.includes(o.value)}
              onClick={() => toggle(o.value)}
              shouldDismissPopover={false}
            />
          ))}
        </Menu>
      }
    >
      <Button
        size="small"
        variant={chosen.length > 0 ? "solid" : "minimal"}
        intent={chosen.length > 0 ? "primary" : "none"}
        endIcon="caret-down"
        className="facet-button"
        data-testid={`facet-${id}`}
        text={chosen.length > 0 ? t("panel.facet.chosen", { label, count: chosen.length }) : label}
      />
    </Popover>
  );
}
