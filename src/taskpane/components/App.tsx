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
import type { Host } from "../host";
import { STEPS, startComparison } from "../state";
import { Comparison } from "../steps/Comparison";
import { ActorsStep } from "../steps/ActorsStep";
import { AnalysesStep } from "../steps/AnalysesStep";
import { AssumptionsStep } from "../steps/AssumptionsStep";
import { BasicsStep } from "../steps/BasicsStep";
import { CreateStep } from "../steps/CreateStep";
import { LinesStep } from "../steps/LinesStep";
import { ReviewStep } from "../steps/ReviewStep";
import { TemplateStep } from "../steps/TemplateStep";
import { ErrorSummary, useStyles } from "./ui";
import { useWizard } from "./useWizard";
import { Toolbar, useUndoKeys } from "./Toolbar";
import { CarryNotice } from "./CarryNotice";

type Wizard = ReturnType<typeof useWizard>;

/** The offer to open the case a workbook's Revision sheet holds. */
function ReopenBar({ host, wizard }: { host: Host; wizard: Wizard }) {
  const [saved, setSaved] = React.useState<{ sheet: string; json: string } | null>(null);
  const [dismissed, setDismissed] = React.useState(false);
  React.useEffect(() => {
    host.findSavedCase().then(setSaved, () => setSaved(null));
  }, [host]);
  if (!saved || dismissed) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Arbetsboken har en socinv-kalkyl</MessageBarTitle>
        Bladet {saved.sheet} innehåller en kalkyl. Öppna den för att ändra och skapa en ny version; inget befintligt
        skrivs över.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => wizard.reopen(saved) && setDismissed(true)}>Öppna kalkylen</Button>
        <Button appearance="subtle" onClick={() => setDismissed(true)}>
          Inte nu
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function CurrentStep({ host, wizard }: { host: Host; wizard: Wizard }) {
  const { state, update, errors, result } = wizard;
  const props = { state, update, errors };
  switch (state.step) {
    case 0:
      return (
        <TemplateStep
          {...props}
          open={{ file: (name, json) => wizard.reopen({ sheet: name, json }), previous: wizard.openPrevious }}
        />
      );
    case 1:
      return <BasicsStep {...props} />;
    case 2:
      return <ActorsStep {...props} />;
    case 3:
      return <LinesStep {...props} readSelection={host.readSelection} />;
    case 4:
      return <AssumptionsStep {...props} />;
    case 5:
      return <AnalysesStep {...props} result={result} />;
    case 6:
      return (
        <>
          <ReviewStep result={result} state={state} />
          {state.compare && result.ok && <Comparison base={state.compare.base} b={result.case} />}
        </>
      );
    default:
      return (
        <CreateStep
          result={result}
          host={host}
          onCreated={() => undefined}
          state={state}
          onCompare={() => result.ok && wizard.update((st) => startComparison(st, result.case))}
        />
      );
  }
}

function StepTabs({ wizard }: { wizard: Wizard }) {
  const { state, goTo } = wizard;
  return (
    <nav aria-label="Steg">
      <TabList
        size="small"
        selectedValue={String(state.step)}
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
  );
}

function NavButtons({ wizard }: { wizard: Wizard }) {
  const s = useStyles();
  const step = wizard.state.step;
  return (
    <div className={s.nav}>
      <Button disabled={step === 0} onClick={() => wizard.goTo(step - 1)}>
        Tillbaka
      </Button>
      {step < STEPS.length - 1 && (
        <Button appearance="primary" onClick={() => wizard.goTo(step + 1)}>
          Nästa
        </Button>
      )}
    </div>
  );
}

export function App({ host }: { host: Host }) {
  const s = useStyles();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const wizard = useWizard(host, headingRef);
  const { state, notice } = wizard;
  const unsupported = host.unsupported();
  useUndoKeys(wizard.undo, wizard.redo);
  return (
    <main
      className={s.root}
      aria-labelledby="app-title"
      onBlurCapture={(e) => {
        wizard.endTyping();
        wizard.leave((e.target as HTMLElement).id);
      }}
    >
      <Subtitle1 as="h1" id="app-title">
        socinv – socioekonomiskt bokslut
      </Subtitle1>
      {unsupported && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{unsupported}</MessageBarBody>
        </MessageBar>
      )}
      <ReopenBar host={host} wizard={wizard} />
      {state.reopened && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Du redigerar kalkylen från {state.reopened.sheet}. Skapa ger en ny version bredvid den gamla.
            {state.reopened.carried &&
              ` Den är förd till prisår ${state.basics.priceYear}: fyll i årets utfall under Känslighet och fördelning, Uppföljning mot plan.`}
          </MessageBarBody>
        </MessageBar>
      )}
      <CarryNotice state={state} update={wizard.update} />
      {state.compare && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Du ändrar alternativ B. Alternativ A är {String(state.compare.base.title)}; Granska och Skapa visar
            jämförelsen.{" "}
            <Button size="small" onClick={() => wizard.update((st) => ({ ...st, compare: undefined }))}>
              Sluta jämföra
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <Toolbar
        state={state}
        undo={wizard.undo}
        redo={wizard.redo}
        canUndo={wizard.canUndo}
        canRedo={wizard.canRedo}
        restart={wizard.restart}
      />
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="subtle" onClick={() => wizard.setNotice(null)}>
              Stäng
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <StepTabs wizard={wizard} />
      <section aria-labelledby="step-title" className={s.stack}>
        <h2 id="step-title" ref={headingRef} tabIndex={-1} style={{ fontSize: 16, margin: 0 }}>
          Steg {state.step + 1} av {STEPS.length}: {STEPS[state.step]}
        </h2>
        <div id="step-errors" tabIndex={-1}>
          <ErrorSummary errors={wizard.summary} id="step-error-summary" />
        </div>
        <CurrentStep host={host} wizard={wizard} />
      </section>
      <NavButtons wizard={wizard} />
    </main>
  );
}
