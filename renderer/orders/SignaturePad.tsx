import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

const WIDTH = 480;
const HEIGHT = 160;
/** How far one arrow key press draws, in canvas pixels. */
const KEY_STEP = 8;

export interface Drawing {
  strokes: number;
  /** canvas.toDataURL(): always a PNG, even when blank, which is why the stroke count is sent too. */
  imagePng: string;
}

interface Props {
  onChange: (drawing: Drawing) => void;
}

/**
 * A signature drawn on a canvas with pointer events, so mouse, pen and touch all work the same.
 * The canvas is focusable and named; from the keyboard the arrow keys draw from the pen's position
 * and Enter ends the stroke, so a signature can be given without a pointer. The picture is painted
 * on white so it reads the same in a light or dark theme when shown again.
 */
export function SignaturePad({ onChange }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const pen = useRef({ x: WIDTH / 2, y: HEIGHT / 2, keyStroke: false });
  const [strokes, setStrokes] = useState(0);

  const context = () => canvas.current?.getContext('2d') ?? null;

  function blank() {
    const ctx = context();
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
    ctx.strokeStyle = '#102a60';
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
  }

  useEffect(blank, []);

  /** The pointer's position in canvas pixels (the canvas may be drawn smaller than its size). */
  function at(e: PointerEvent<HTMLCanvasElement>) {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - rect.left) * WIDTH) / rect.width, y: ((e.clientY - rect.top) * HEIGHT) / rect.height };
  }

  function endStroke() {
    const next = strokes + 1;
    setStrokes(next);
    onChange({ strokes: next, imagePng: canvas.current?.toDataURL('image/png') ?? '' });
  }

  function down(e: PointerEvent<HTMLCanvasElement>) {
    const ctx = context();
    if (!ctx) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const p = at(e);
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    // A dot for a tap without movement.
    ctx.lineTo(p.x + 0.1, p.y + 0.1);
    ctx.stroke();
  }

  function move(e: PointerEvent<HTMLCanvasElement>) {
    const ctx = context();
    if (!drawing.current || !ctx) return;
    const p = at(e);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
  }

  function up() {
    if (!drawing.current) return;
    drawing.current = false;
    endStroke();
  }

  function key(e: KeyboardEvent<HTMLCanvasElement>) {
    const steps: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const step = steps[e.key];
    const ctx = context();
    if (!ctx) return;
    if (e.key === 'Enter' && pen.current.keyStroke) {
      e.preventDefault();
      pen.current.keyStroke = false;
      endStroke();
      return;
    }
    if (!step) return;
    e.preventDefault();
    const { x, y } = pen.current;
    const nx = Math.min(WIDTH, Math.max(0, x + step[0] * KEY_STEP));
    const ny = Math.min(HEIGHT, Math.max(0, y + step[1] * KEY_STEP));
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(nx, ny);
    ctx.stroke();
    pen.current = { x: nx, y: ny, keyStroke: true };
  }

  function clear() {
    blank();
    setStrokes(0);
    pen.current = { x: WIDTH / 2, y: HEIGHT / 2, keyStroke: false };
    onChange({ strokes: 0, imagePng: '' });
  }

  return (
    <div className="signature-pad">
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        tabIndex={0}
        role="application"
        aria-label={t('signOff.pad')}
        aria-describedby="signature-pad-help"
        style={{ touchAction: 'none', maxWidth: '100%', border: '1px solid #8a94a6', borderRadius: 4, cursor: 'crosshair', background: '#fff' }}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        onKeyDown={key}
        onBlur={() => {
          if (pen.current.keyStroke) {
            pen.current.keyStroke = false;
            endStroke();
          }
        }}
      />
      <p id="signature-pad-help" className="help">
        {t('signOff.padHelp')} <span aria-live="polite">{t('signOff.strokes', { count: strokes })}</span>
      </p>
      <button type="button" onClick={clear} disabled={strokes === 0}>
        {t('signOff.clear')}
      </button>
    </div>
  );
}
