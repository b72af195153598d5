import { Button, Label, Text } from "@fluentui/react-components";
import { useStyles } from "../components/ui";

export interface OpenActions {
  /** Opens a case file's text; false when it cannot be read (the reason is shown at the top). */
  file: (name: string, text: string) => boolean;
  /** Öppna föregående års bokslut: the workbook's newest Revision case carried to a new year. */
  previous: () => Promise<void>;
}

/** Opening an existing case: a JSON file (from the CLI or an export) or last year's workbook. */
export function OpenCase({ open }: { open: OpenActions }) {
  const s = useStyles();
  return (
    <fieldset className={s.fieldset}>
      <legend className={s.legend}>Eller öppna en befintlig kalkyl</legend>
      <div>
        <Button onClick={() => void open.previous()}>Öppna föregående års bokslut</Button>
      </div>
      <Text size={200} className={s.muted}>
        Läser kalkylen från arbetsbokens blad Revision, för den till nästa prisår och lägger till ett år att följa upp.
        Skapa ger sedan en ny version bredvid den gamla.
      </Text>
      <div className={s.stack} style={{ rowGap: 2 }}>
        <Label htmlFor="open-case-file">Öppna kalkylfil (JSON)</Label>
        <input
          id="open-case-file"
          aria-describedby="open-case-file-hint"
          type="file"
          accept=".json,application/json"
          style={{ maxWidth: "100%" }}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            const input = e.currentTarget;
            if (!file) return;
            // FileReader rather than file.text(): older Office webviews lack the latter
            const reader = new FileReader();
            reader.onload = () => {
              open.file(file.name, String(reader.result ?? ""));
              input.value = "";
            };
            reader.readAsText(file);
          }}
        />
        <Text id="open-case-file-hint" size={200} className={s.muted}>
          En fil från socinv på kommandoraden eller från Spara kalkylen som JSON.
        </Text>
      </div>
    </fieldset>
  );
}
