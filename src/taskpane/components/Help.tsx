import { Button, Popover, PopoverSurface, PopoverTrigger, Text } from "@fluentui/react-components";
import { HELP } from "../help";

/** An info button that opens the method's explanation of a term. */
export function HelpButton({ term, text }: { term: keyof typeof HELP; text?: string }) {
  const h = HELP[term];
  return (
    <Popover withArrow positioning="below-end">
      <PopoverTrigger disableButtonEnhancement>
        <Button
          size="small"
          appearance="subtle"
          aria-label={text ? undefined : `Hjälp: ${h.term}`}
          style={{ minWidth: 0 }}
        >
          {text ? `Hjälp: ${text}` : "?"}
        </Button>
      </PopoverTrigger>
      <PopoverSurface aria-label={h.term} style={{ maxWidth: 300 }}>
        <Text as="h4" weight="semibold" style={{ display: "block", margin: 0 }}>
          {h.term}
        </Text>
        <Text as="p" style={{ margin: "4px 0" }}>
          {h.text}
        </Text>
        <Text as="p" size={200} style={{ margin: "4px 0" }}>
          I metoden: <span>{h.method}</span>
        </Text>
        {h.source && (
          <Text as="p" size={200} style={{ margin: 0 }}>
            Källa: {h.source}
          </Text>
        )}
      </PopoverSurface>
    </Popover>
  );
}
