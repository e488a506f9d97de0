import { Link, useParams } from 'react-router';
import { primaryButton } from '../../components/ui/button-classes.ts';
import { StatusPanel } from '../../components/ui/status-panel.tsx';
import { paths } from '../../lib/paths.ts';
import { ComparisonView } from './comparison-view.tsx';
import './compare.css';

/** `/compare/:a/:b`: the side-by-side comparison of two reports. */
export function ComparePage() {
  const { a = '', b = '' } = useParams();
  if (a === b) {
    return (
      <StatusPanel
        title="Choose two different reports"
        actions={
          <Link to={paths.comparePicker.getHref({ a })} className={primaryButton}>
            Choose another report
          </Link>
        }
      >
        A report compared with itself agrees on everything.
      </StatusPanel>
    );
  }
  // Keyed by the pair: a new pair starts with a fresh selection and scroll.
  return <ComparisonView key={`${a}/${b}`} aId={a} bId={b} />;
}
