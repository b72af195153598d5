import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Subtitle1,
} from "@fluentui/react-components";
import { parseCase } from "../../engine";
import type { Host } from "../host";
import {
  STEPS,
  caseOf,
  deserialize,
  initialState,
  serialize,
  stateFromCase,
  stepErrors,
  type Errors,
  type WizardState,
} from "../state";
import { ActorsStep, AssumptionsStep, BasicsStep, LinesStep, TemplateStep } from "./Steps";
import { CreateStep, ReviewStep } from "./Review";
import { ErrorSummary, useStyles } from "./ui";

export function App({ host }: { host: Host }) {
  const s = useStyles();
  const [state, setState] = React.useState<WizardState>(() => deserialize(host.loadState()) ?? initialState());
  const [errors, setErrors] = React.useState<Errors>({});
  const [saved, setSaved] = React.useState<{ sheet: string; json: string } | null>(null);
  const [dismissed, setDismissed] = React.useState(false);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const unsupported = host.unsupported();

  React.useEffect(() => host.saveState(serialize(state)), [state, host]);
  React.useEffect(() => {
    host.findSavedCase().then(setSaved, () => setSaved(null));
  }, [host]);

  const update = React.useCallback((f: (s: WizardState) => WizardState) => {
    setState((st) => f(st));
    setErrors({});
  }, []);

  const goTo = (to: number) => {
    for (let step = state.step; step < to; step++) {
      const e = stepErrors(state, step);
      if (Object.keys(e).length > 0) {
        setState((st) => ({ ...st, step }));
        setErrors(e);
        setTimeout(() => document.getElementById("step-errors")?.focus(), 0);
        return;
      }
    }
    setErrors({});
    setState((st) => ({ ...st, step: to, visited: Math.max(st.visited, to) }));
    setTimeout(() => headingRef.current?.focus(), 0);
  };

  const result = React.useMemo(() => caseOf(state), [state]);

  const reopen = () => {
    if (!saved) return;
    try {
      const c = parseCase(JSON.parse(saved.json));
      setState({ ...stateFromCase(c, "exempel"), step: 1, reopened: { sheet: saved.sheet } });
      setDismissed(true);
    } catch (e) {
      setErrors({
        reopen: `Kalkylen i ${saved.sheet} kunde inte läsas: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  };

  const step = state.step;
  return (
    <main className={s.root} aria-labelledby="app-title">
      <Subtitle1 as="h1" id="app-title">
        socinv – socioekonomiskt bokslut
      </Subtitle1>
      {unsupported && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{unsupported}</MessageBarBody>
        </MessageBar>
      )}
      {saved && !dismissed && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Arbetsboken har en socinv-kalkyl</MessageBarTitle>
            Bladet {saved.sheet} innehåller en kalkyl. Öppna den för att ändra och skapa en ny version; inget befintligt
            skrivs över.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={reopen}>Öppna kalkylen</Button>
            <Button appearance="subtle" onClick={() => setDismissed(true)}>
              Inte nu
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.reopened && (
        <MessageBar intent="info">
          <MessageBarBody>
            Du redigerar kalkylen från {state.reopened.sheet}. Skapa ger en ny version bredvid den gamla.
          </MessageBarBody>
        </MessageBar>
      )}
      <nav aria-label="Steg">
        <TabList
          size="small"
          selectedValue={String(step)}
          onTabSelect={(_, d) => goTo(Number(d.value))}
          style={{ flexWrap: "wrap" }}
        >
          {STEPS.map((name, i) => (
            <Tab key={name} value={String(i)} disabled={i > state.visited + 1}>
              {i + 1}. {name}
            </Tab>
          ))}
        </TabList>
      </nav>
      <section aria-labelledby="step-title" className={s.stack}>
        <h2 id="step-title" ref={headingRef} tabIndex={-1} style={{ fontSize: 16, margin: 0 }}>
          Steg {step + 1} av {STEPS.length}: {STEPS[step]}
        </h2>
        <div id="step-errors" tabIndex={-1}>
          <ErrorSummary errors={errors} id="step-error-summary" />
        </div>
        {step === 0 && <TemplateStep state={state} update={update} errors={errors} />}
        {step === 1 && <BasicsStep state={state} update={update} errors={errors} />}
        {step === 2 && <ActorsStep state={state} update={update} errors={errors} />}
        {step === 3 && <LinesStep state={state} update={update} errors={errors} readSelection={host.readSelection} />}
        {step === 4 && <AssumptionsStep state={state} update={update} errors={errors} />}
        {step === 5 && <ReviewStep result={result} />}
        {step === 6 && <CreateStep result={result} host={host} onCreated={() => undefined} />}
      </section>
      <div className={s.nav}>
        <Button disabled={step === 0} onClick={() => goTo(step - 1)}>
          Tillbaka
        </Button>
        {step < STEPS.length - 1 && (
          <Button appearance="primary" onClick={() => goTo(step + 1)}>
            Nästa
          </Button>
        )}
        {step === STEPS.length - 1 && (
          <Button
            appearance="subtle"
            onClick={() => {
              setState(initialState());
              host.saveState(null);
            }}
          >
            Börja om
          </Button>
        )}
      </div>
    </main>
  );
}
