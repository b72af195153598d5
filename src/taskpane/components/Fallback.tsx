import * as React from "react";

/** Keeps a step usable when one picture of it fails to draw: the fallback (words) is shown instead. */
export class Fallback extends React.Component<{ fallback: React.ReactNode; children: React.ReactNode }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
