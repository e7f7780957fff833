import {
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import {
  scheduleHours,
  type TimeSlot,
  toSlotBits,
  WEEKDAYS,
} from "../../../../src/shared/domain/weekly-schedule.ts";
import type { FieldError } from "../../api/http.ts";
import { fieldId } from "../../lib/field-errors.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useScheduleSummary } from "../../lib/use-schedule-summary.ts";
import { Fieldset } from "../form/Fieldset.tsx";
import { SchedulePresets } from "./SchedulePresets.tsx";
import { hourState, setHour } from "./schedule-bits.ts";

const pad = (h: number) => `${String(h).padStart(2, "0")}:00`;

/**
 * A week as a grid of hour cells (days × hours), each a toggle button with aria-pressed.
 * Keyboard: one Tab stop, arrow keys move, Home/End jump within a row, Space/Enter toggle.
 * Touch: tap a cell. Mouse: click, or press and drag to paint several cells. Presets add common
 * patterns. The total and a text summary below are announced as they change.
 */
export function WeeklyScheduleGrid({
  fieldKey,
  legend,
  hint,
  value,
  onChange,
  errors,
  required = false,
  firstHour = 5,
  lastHour = 24,
}: {
  fieldKey: string;
  legend: string;
  hint?: string;
  value: TimeSlot[];
  onChange: (next: TimeSlot[]) => void;
  errors?: readonly FieldError[];
  required?: boolean;
  firstHour?: number;
  lastHour?: number;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const summarize = useScheduleSummary();
  const hours = useMemo(
    () => Array.from({ length: lastHour - firstHour }, (_, i) => firstHour + i),
    [firstHour, lastHour],
  );
  const bits = useMemo(() => toSlotBits(value), [value]);
  const [active, setActive] = useState({ row: 9 - firstHour, col: 0 });
  const buttons = useRef<(HTMLButtonElement | null)[][]>([]);
  const paint = useRef<{ on: boolean } | null>(null);
  const pointerType = useRef<string>("");
  const latest = useRef(value);
  latest.current = value;

  useEffect(() => {
    const stop = () => {
      paint.current = null;
    };
    window.addEventListener("pointerup", stop);
    window.addEventListener("pointercancel", stop);
    return () => {
      window.removeEventListener("pointerup", stop);
      window.removeEventListener("pointercancel", stop);
    };
  }, []);

  function set(row: number, col: number, on: boolean) {
    const next = setHour(latest.current, col, hours[row]!, on);
    latest.current = next;
    onChange(next);
  }

  function focusCell(row: number, col: number) {
    const r = Math.max(0, Math.min(hours.length - 1, row));
    const c = Math.max(0, Math.min(WEEKDAYS.length - 1, col));
    setActive({ row: r, col: c });
    buttons.current[r]?.[c]?.focus();
  }

  function onKeyDown(e: KeyboardEvent, row: number, col: number) {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [row, 0],
      End: [row, WEEKDAYS.length - 1],
      PageUp: [0, col],
      PageDown: [hours.length - 1, col],
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    focusCell(move[0], move[1]);
  }

  function onPointerDown(e: PointerEvent, row: number, col: number) {
    pointerType.current = e.pointerType;
    if (e.pointerType !== "mouse" || e.button !== 0) return;
    const on = hourState(bits, col, hours[row]!) !== "on";
    paint.current = { on };
    setActive({ row, col });
    set(row, col, on);
  }

  function onPointerEnter(row: number, col: number) {
    if (!paint.current) return;
    set(row, col, paint.current.on);
  }

  function onClick(e: MouseEvent, row: number, col: number) {
    setActive({ row, col });
    // A mouse press already toggled the cell in onPointerDown; keyboard (detail 0) and touch toggle here.
    if (e.detail > 0 && pointerType.current === "mouse") return;
    set(row, col, hourState(bits, col, hours[row]!) !== "on");
  }

  const total = scheduleHours(value);
  const gridId = fieldId(fieldKey);
  return (
    <Fieldset fieldKey={fieldKey} legend={legend} hint={hint} errors={errors} required={required}>
      <SchedulePresets value={value} onChange={onChange} />
      <p className="schedule-grid__instructions" id={`${gridId}-instructions`}>
        {t("schedule.instructions")}
      </p>
      <div className="schedule-grid__scroll">
        <table className="schedule-grid" aria-describedby={`${gridId}-instructions`}>
          <caption className="visually-hidden">{t("schedule.caption", { legend })}</caption>
          <thead>
            <tr>
              <td className="schedule-grid__corner" />
              {WEEKDAYS.map((day) => (
                <th key={day} scope="col" className={`schedule-grid__day schedule-grid__day--${day}`}>
                  <abbr title={t(`vocab.weekday.${day}`)}>{t(`vocab.weekdayShort.${day}`)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {hours.map((hour, row) => (
              <tr key={hour}>
                <th scope="row" className="schedule-grid__hour">
                  {pad(hour)}
                </th>
                {WEEKDAYS.map((day, col) => {
                  const state = hourState(bits, col, hour);
                  return (
                    <td key={day} className="schedule-grid__cell">
                      <button
                        ref={(el) => {
                          buttons.current[row] ??= [];
                          buttons.current[row]![col] = el;
                        }}
                        type="button"
                        className={`schedule-cell schedule-cell--${state}`}
                        aria-pressed={state === "on" ? true : state === "partial" ? "mixed" : false}
                        aria-label={t("schedule.cellLabel", {
                          day: t(`vocab.weekday.${day}`),
                          from: pad(hour),
                          to: pad(hour + 1),
                        })}
                        tabIndex={active.row === row && active.col === col ? 0 : -1}
                        onKeyDown={(e) => onKeyDown(e, row, col)}
                        onPointerDown={(e) => onPointerDown(e, row, col)}
                        onPointerEnter={() => onPointerEnter(row, col)}
                        onClick={(e) => onClick(e, row, col)}
                      >
                        <svg
                          viewBox="0 0 16 16"
                          aria-hidden="true"
                          focusable="false"
                          className="schedule-cell__check"
                        >
                          <path
                            d="M3.5 8.5 6.5 11.5 12.5 4.5"
                            fill="none"
                            stroke="currentColor"
                            strokeWidth="2"
                            strokeLinecap="round"
                            strokeLinejoin="round"
                          />
                        </svg>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="schedule-grid__summary" aria-live="polite">
        <strong>{t("schedule.total", { hours: f.hours(total) })}</strong>
        <span>{value.length ? summarize(value) : t("schedule.nothingChosen")}</span>
      </p>
    </Fieldset>
  );
}
